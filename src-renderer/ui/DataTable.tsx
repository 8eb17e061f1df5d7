import { Paper, Table, type TableProps, type TableThProps } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A column's heading: its text, or its text with the cell's own props (alignment, width, an
 * aria-label); null for a column that has none (the row's buttons).
 */
export type ColumnHeading = string | null | (Omit<TableThProps, 'children'> & { label?: ReactNode });

type Props = Omit<TableProps, 'children'> & {
  headings: readonly ColumnHeading[];
  testId?: string;
  /** In a bordered paper, as the list pages show their registers. */
  framed?: boolean;
  /** The rows: the page's own. */
  children: ReactNode;
};

/** Every register of the app drawn alike: one header row of column headings over the page's rows. */
export function DataTable({ headings, testId, framed = false, children, ...tableProps }: Props) {
  const table = (
    <Table {...tableProps} data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          {headings.map((heading, i) => (
            <HeadingCell key={i} heading={heading} />
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>{children}</Table.Tbody>
    </Table>
  );
  return framed ? <Paper withBorder>{table}</Paper> : table;
}

function HeadingCell({ heading }: { heading: ColumnHeading }) {
  if (heading === null) return <Table.Th />;
  if (typeof heading === 'string') return <Table.Th>{heading}</Table.Th>;
  const { label, ...cell } = heading;
  return <Table.Th {...cell}>{label}</Table.Th>;
}
