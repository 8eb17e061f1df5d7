/**
 * CSV injection (CWE-1236): a cell that starts with = + - @ tab or CR is a formula to Excel and
 * LibreOffice (`=HYPERLINK("http://evil.example","ดูผล")` in a survey answer becomes a link).
 * OWASP's remedy: a single quote before it, inside the quoted cell, so the sheet shows text.
 *
 * Leading quotes already in front of such a character get one more, so `restoreCsvCell`
 * (which strips exactly that one quote) gives back every text as it was: a round trip through
 * our own export and import is exact, and import never turns text into a formula.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** True when `cell` would start a formula (and so is written with a leading quote). */
export function needsCsvNeutralising(cell: string): boolean {
  return FORMULA_START.test(cell);
}

/** The cell as written to a CSV file: text a spreadsheet shows as text, never runs. */
export function neutraliseCsvCell(cell: string): string {
  return needsCsvNeutralising(cell) ? `'${cell}` : cell;
}

/** The inverse on import: drops the one quote `neutraliseCsvCell` added, nothing else. */
export function restoreCsvCell(cell: string): string {
  return cell.startsWith("'") && needsCsvNeutralising(cell.slice(1)) ? cell.slice(1) : cell;
}
