import { useState } from 'react';

/**
 * A long table shows its first `pageSize` rows and grows by a page on request, so ten years of
 * records never put thousands of rows in the page at once. Going back to the first page when
 * the filters change (`resetKey`) keeps "show more" about the list now on screen.
 */
export function useShowMore<T>(items: readonly T[], pageSize: number, resetKey: string) {
  const [state, setState] = useState({ key: resetKey, pages: 1 });
  const pages = state.key === resetKey ? state.pages : 1;
  const limit = pages * pageSize;
  return {
    visible: items.slice(0, limit),
    hidden: Math.max(0, items.length - limit),
    showMore: () => setState({ key: resetKey, pages: pages + 1 }),
  };
}
