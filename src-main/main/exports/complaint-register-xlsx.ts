import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/node';
import { COMPLAINT_TYPE_LABELS } from '../../shared/domain/complaint';
import { REGISTER_COLUMNS, complaintRegisterSections, type ComplaintRegisterRow } from '../../shared/domain/complaint-register';
import { dateCell } from './xlsx-cells';

/** Thai Windows ships Tahoma; Excel and LibreOffice both show Thai in it. */
const FONT = 'Tahoma';
const WIDTHS = [11, 13, 18, 30, 14, 24, 36, 50, 20, 26, 26, 14, 36, 13, 11];

/** Sheet names: at most 31 characters, so the corruption register goes by its short name. */
export const REGISTER_SHEETS = { general: COMPLAINT_TYPE_LABELS.general, corruption: 'การทุจริตและประพฤติมิชอบ' } as const;

/**
 * ทะเบียนเรื่องร้องเรียน as a workbook: general complaints and corruption/misconduct complaints on
 * sheets of their own (ITA O27–O29), each opened by its title and count, then the same columns as
 * the CSV (complaint-register.ts). Dates are real date cells shown in พ.ศ.; every other cell is a
 * text cell, so nothing typed by a complainant can become a formula.
 */
export async function complaintRegisterXlsx(rows: readonly ComplaintRegisterRow[]): Promise<Uint8Array> {
  const header = REGISTER_COLUMNS.map((column): Cell => ({ value: column.header, fontWeight: 'bold', backgroundColor: '#E8E8E8', wrap: true }));
  const cells = (row: ComplaintRegisterRow): Row =>
    REGISTER_COLUMNS.map((column): Cell => {
      if (column.date) return dateCell(column.date(row));
      const value = column.text(row);
      return value === '' ? null : { value, type: String, wrap: true };
    });
  const sheets = complaintRegisterSections(rows).map((section) => ({
    data: [[{ value: section.title, fontWeight: 'bold' as const }], header, ...section.rows.map(cells)],
    sheet: REGISTER_SHEETS[section.type],
    columns: WIDTHS.map((width) => ({ width })),
    stickyRowsCount: 2,
  }));
  const buffer = await writeXlsxFile(sheets, { fontFamily: FONT, fontSize: 11 }).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
