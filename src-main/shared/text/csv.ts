/**
 * A small RFC 4180 CSV reader/writer. Written here because it is ~60 lines and the one job is
 * narrow (quotes, commas, CR/LF and Thai text inside cells); a library would add more than it saves.
 */

import { needsCsvNeutralising, neutraliseCsvCell, restoreCsvCell } from './csv-cell';

export const UTF8_BOM = '\uFEFF';

/** A cell that could start a formula is written quoted, with a leading ' (csv-cell.ts). */
function quote(cell: string): string {
  const quoted = needsCsvNeutralising(cell) || /[",\r\n]/.test(cell) || /^\s|\s$/.test(cell);
  return quoted ? `"${neutraliseCsvCell(cell).replace(/"/g, '""')}"` : cell;
}

/** CRLF line ends and a BOM, so Excel on Windows opens Thai text intact. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(quote).join(',')).join('\r\n') + '\r\n';
}

export class CsvSyntaxError extends Error {
  constructor(readonly line: number) {
    super(`Unclosed quote starting on line ${line}`);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * Parses CSV text (a leading BOM is dropped). Blank trailing lines are ignored. Every cell is
 * plain text; the quote `writeCsv` put before a formula-like cell is taken off again.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let inQuotes = false;
  let quoteLine = 1;
  let line = 1;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          cell += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === '') {
      inQuotes = true;
      quoteLine = line;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      line++;
    } else cell += ch;
  }
  if (inQuotes) throw new CsvSyntaxError(quoteLine);
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  while (rows.length > 0 && rows[rows.length - 1]?.every((c) => c === '')) rows.pop();
  return rows.map((r) => r.map(restoreCsvCell));
}
