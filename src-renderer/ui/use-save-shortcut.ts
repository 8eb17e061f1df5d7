import { useHotkeys } from '@mantine/hooks';

/** Ctrl+S saves the form on screen (DESIGN.md §7), including while the cursor is in a field. */
export function useSaveShortcut(save: () => void, enabled = true): void {
  useHotkeys(enabled ? [['mod+S', save, { preventDefault: true }]] : [], []);
}
