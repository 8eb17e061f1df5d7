import type { Content, TableNode } from 'pdfmake';
import { cellPadding } from './cell-padding';

export interface TableColumn {
  header: string;
  /** Points, '*' for a share of the rest, or 'auto' to fit the content. */
  width: number | '*' | 'auto';
  alignment?: 'left' | 'center' | 'right';
}

const HEADER_FILL = '#e8e8e8';

/**
 * A cell this long or shorter keeps its row well under a page in any column we use. pdfmake
 * silently DROPS a row it may not break that is taller than a page (seen with a 1,000-character
 * comment), so a table with a longer cell lets its rows continue onto the next page instead.
 */
export const WHOLE_ROW_MAX_CHARS = 300;

/** A cell: plain text, or runs of text some of which are coloured (an overdue mark in red). */
export type TableCell = string | readonly { text: string; color?: string }[];

/**
 * A data table whose header row repeats at the top of every page it runs onto; rows are not
 * split across pages, so a row is always read whole — unless a cell is so long that a whole
 * row might not fit a page (see WHOLE_ROW_MAX_CHARS).
 */
export function dataTable(
  columns: readonly TableColumn[],
  rows: readonly (readonly TableCell[])[],
  /**
   * Wide tables on a portrait page print at 14 pt (as government report tables do). A document
   * whose default size or line height is not the body's (the briefing's 18 pt at 0.8) passes its
   * own, so the cell padding clears the marks (cell-padding.ts).
   */
  options: { fontSize?: number; lineHeight?: number } = {},
): TableNode {
  const size = options.fontSize === undefined ? {} : { fontSize: options.fontSize };
  const padding = cellPadding(options.fontSize, options.lineHeight);
  const header: Content[] = columns.map((column) => ({ text: column.header, bold: true, alignment: 'center', ...size }));
  const body: Content[][] = rows.map((row) =>
    columns.map((column, i) => {
      const cell = row[i] ?? '';
      const text = typeof cell === 'string' ? cell : cell.map((run) => ({ ...run }));
      return { text, alignment: column.alignment ?? 'left', ...size };
    }),
  );
  const cellLength = (cell: TableCell) => (typeof cell === 'string' ? cell.length : cell.reduce((n, run) => n + run.text.length, 0));
  const rowsStayWhole = rows.every((row) => row.every((cell) => cellLength(cell) <= WHOLE_ROW_MAX_CHARS));
  return {
    table: {
      headerRows: 1,
      keepWithHeaderRows: rowsStayWhole ? 1 : 0,
      dontBreakRows: rowsStayWhole,
      widths: columns.map((column) => column.width),
      body: [header, ...body],
    },
    layout: {
      hLineWidth: () => 0.5,
      vLineWidth: () => 0.5,
      hLineColor: () => '#555555',
      vLineColor: () => '#555555',
      paddingLeft: () => 4,
      paddingRight: () => 4,
      paddingTop: () => padding.top,
      paddingBottom: () => padding.bottom,
      fillColor: (rowIndex) => (rowIndex === 0 ? HEADER_FILL : null),
    },
    margin: [0, 4, 0, 8],
  };
}
