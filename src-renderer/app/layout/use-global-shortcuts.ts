import { useHotkeys } from '@mantine/hooks';

/**
 * Ctrl+K jumps to the page's search box (DESIGN.md §7). Pages mark their search input with
 * `data-search-box`; Ctrl+N and Ctrl+S are handled by the pages that create and save.
 */
export function useGlobalShortcuts(): void {
  useHotkeys(
    [
      [
        'mod+K',
        () => {
          const box = document.querySelector<HTMLInputElement>('[data-search-box]');
          box?.focus();
          box?.select();
        },
      ],
    ],
    [], // fire even when focus is in a text field
  );
}
