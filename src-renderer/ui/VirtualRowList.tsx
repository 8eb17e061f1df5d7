import { Box, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

interface Props<T> {
  items: readonly T[];
  rowHeight: number;
  /** What the page keeps above the list: the list fills the window below it (calc(100vh - this)). */
  heightOffset: number;
  testId: string;
  /** The list's name for screen readers. */
  label: string;
  rowKey: (item: T) => string;
  /** Each row's name for screen readers (what the E2E tests find a row by). */
  rowLabel: (item: T) => string;
  rowTestId: string;
  onOpen: (item: T) => void;
  /** A row's content. */
  children: (item: T) => ReactNode;
}

/**
 * A register's rows as buttons that open a record, virtualized: years of complaints, 5,000 tasks
 * or 20,000 releases keep only the visible rows in the DOM.
 */
export function VirtualRowList<T>({ items, rowHeight, heightOffset, testId, label, rowKey, rowLabel, rowTestId, onOpen, children }: Props<T>) {
  const parentRef = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns fresh functions each render, which the React compiler cannot memoize.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: items.length, getScrollElement: () => parentRef.current, estimateSize: () => rowHeight, overscan: 8 });
  return (
    <Box ref={parentRef} style={{ height: `calc(100vh - ${heightOffset}px)`, minHeight: 300, overflow: 'auto' }} data-testid={testId}>
      <div role="list" aria-label={label} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const item = items[row.index];
          if (item === undefined) return null;
          return (
            <UnstyledButton
              key={rowKey(item)}
              role="listitem"
              aria-label={rowLabel(item)}
              data-testid={rowTestId}
              onClick={() => onOpen(item)}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                width: '100%',
                height: rowHeight,
                transform: `translateY(${row.start}px)`,
                borderBottom: '1px solid var(--mantine-color-gray-2)',
                padding: '6px 12px',
              }}
            >
              {children(item)}
            </UnstyledButton>
          );
        })}
      </div>
    </Box>
  );
}
