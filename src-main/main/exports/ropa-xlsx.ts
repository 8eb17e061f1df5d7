import writeXlsxFile, { type Cell, type Row } from 'write-excel-file/node';
import type { RopaRegisterDocument } from '../../shared/pdf/ropa-register';

const FONT = 'Tahoma';
const HEADER = ['ลำดับ', 'กิจกรรมการประมวลผล', 'เจ้าของข้อมูล', 'ประเภทข้อมูล', 'วัตถุประสงค์', 'ฐานทางกฎหมาย', 'แหล่งที่มา', 'ระยะเวลาเก็บรักษา', 'ผู้รับข้อมูล', 'ที่จัดเก็บในระบบ (จำนวนรายการ)', 'มาตรการรักษาความปลอดภัย'];
const WIDTHS = [7, 30, 22, 40, 40, 44, 22, 40, 30, 40, 44];

/** The records of processing (PDPA s.39) as a workbook: one row per activity, every cell text. */
export async function ropaXlsx(register: RopaRegisterDocument): Promise<Uint8Array> {
  const text = (value: string): Cell => ({ value, type: String, wrap: true });
  const data: Row[] = [
    [text(`บันทึกรายการกิจกรรมการประมวลผลข้อมูลส่วนบุคคล ${register.letterhead.officeName} (จัดทำเมื่อ ${register.preparedOn})`)],
    HEADER.map((value): Cell => ({ value, fontWeight: 'bold', backgroundColor: '#E8E8E8', wrap: true })),
    ...register.activities.map((a, i): Row => [
      text(String(i + 1)),
      text(a.title),
      text(a.subject),
      text(a.categories.join(', ')),
      text(a.purpose),
      text(a.lawfulBasis),
      text(a.source),
      text(a.retention),
      text(a.recipients),
      text(a.stored.map((s) => `${s.label}${s.records === null ? '' : ` (${s.records})`}`).join(', ')),
      text(a.security),
    ]),
  ];
  const buffer = await writeXlsxFile([{ data, sheet: 'ROPA', columns: WIDTHS.map((width) => ({ width })), stickyRowsCount: 2 }], { fontFamily: FONT, fontSize: 11 }).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
