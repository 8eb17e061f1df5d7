import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/node';
import { complaintRegisterTable, type ComplaintRegisterRow } from '../../shared/domain/complaint-register';

/** Thai Windows ships Tahoma; Excel and LibreOffice both show Thai in it. */
const FONT = 'Tahoma';
const WIDTHS = [11, 13, 18, 30, 14, 24, 36, 50, 20, 26, 26, 14, 36, 13, 11];

/**
 * ทะเบียนเรื่องร้องเรียน as a workbook: the same columns as the CSV (complaint-register.ts), every
 * cell a text cell, so nothing typed by a complainant can become a formula.
 */
export async function complaintRegisterXlsx(rows: readonly ComplaintRegisterRow[]): Promise<Uint8Array> {
  const [header = [], ...body] = complaintRegisterTable(rows);
  const data: Row[] = [
    header.map((value): Cell => ({ value, fontWeight: 'bold', backgroundColor: '#E8E8E8', wrap: true })),
    ...body.map((row): Row => row.map((value): Cell => (value === '' ? null : { value, type: String, wrap: true }))),
  ];
  const buffer = await writeXlsxFile([{ data, sheet: 'ทะเบียนเรื่องร้องเรียน', columns: WIDTHS.map((width) => ({ width })), stickyRowsCount: 1 }], {
    fontFamily: FONT,
    fontSize: 11,
  }).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
