import { useHotkeys } from '@mantine/hooks';

/**
 * Ctrl+K jumps to the page's search box (DESIGN.md §7); on a page without one, or pressed again
 * in that box, it opens the search of the whole app. Pages mark their search input with
 * `data-search-box`; Ctrl+N and Ctrl+S are handled by the pages that create and save.
 */
export function useGlobalShortcuts(openSearch: () => void): void {
  useHotkeys(
    [
      [
        'mod+K',
        () => {
          const box = document.querySelector<HTMLInputElement>('[data-search-box]');
          if (!box || document.activeElement === box) {
            openSearch();
            return;
          }
          box.focus();
          box.select();
        },
      ],
    ],
    [], // fire even when focus is in a text field
  );
}
