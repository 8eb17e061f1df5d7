import { describe, expect, it } from 'vitest';
import { pdfRenderRequestSchema } from '../../../shared/pdf/documents';
import type { RetentionListDocument } from '../../../shared/pdf/retention-list';
import { formatThaiDateShort } from '../../../shared/text/thai-date';
import { createInProcessRenderer } from '../pool';
import { sampleRetentionItems, sampleRetentionList } from '../samples/retention-list-samples';
import { pdfInfo, pdfText } from '../testing/poppler';
import { FONT_DIR } from '../../../../tests/fixtures/thai-fixtures';

const renderer = createInProcessRenderer({ fontDir: FONT_DIR });
const flat = (text: string) => text.replace(/\s+/g, '');

async function render(list: RetentionListDocument): Promise<{ text: string; pages: number }> {
  const pdf = await renderer.render(pdfRenderRequestSchema.parse({ document: list, options: { thaiDigits: false } }));
  return { text: await pdfText(pdf.bytes), pages: (await pdfInfo(pdf.bytes)).pages };
}

describe('the list of records whose retention has ended, as a PDF', () => {
  it('prints the year, the rules, every record with its Thai due date, ลับ, and both signatures', async () => {
    const list = sampleRetentionList();
    const { text: raw } = await render(list);
    const text = flat(raw);
    expect(text).toContain(flat('บัญชีข้อมูลส่วนบุคคลที่ครบกำหนดเก็บรักษา'));
    expect(text).toContain(flat('ประจำปีงบประมาณ พ.ศ. 2570'));
    expect(text).toContain(flat('จัดทำเมื่อ 5 ตุลาคม 2570'));
    expect(text).toContain(flat('ภายในวันที่ 30 กันยายน 2570'));
    for (const rule of list.rules) {
      expect(text).toContain(flat(rule.kindLabel));
      expect(text).toContain(flat(rule.period));
      expect(text).toContain(flat(rule.basis));
    }
    expect(text).toContain(flat('ระเบียบสำนักนายกรัฐมนตรีว่าด้วยงานสารบรรณ พ.ศ. 2526 ข้อ 57'));
    expect(text).toContain(flat('รายการที่ครบกำหนด (60 รายการ)'));
    expect(text).toContain(flat('รวมทั้งสิ้น 60 รายการ'));
    for (const item of list.items) {
      expect(text).toContain(flat(item.name));
      expect(text).toContain(flat(item.reference));
    }
    const first = list.items[0];
    expect(first).toBeDefined();
    if (first) expect(text).toContain(flat(`1 ${first.kindLabel} ${first.name} ${first.reference} ${formatThaiDateShort(first.dueDate)}`));
    // Due dates in the Buddhist era, short form, all within fiscal year 2570.
    expect(list.items.every((item) => item.dueDate >= '2026-10-01' && item.dueDate <= '2027-09-30')).toBe(true);
    expect(text).toMatch(/\d{1,2}(ต\.ค\.|พ\.ย\.|ธ\.ค\.)2569/);
    expect(text).toMatch(/\d{1,2}(ม\.ค\.|ก\.พ\.|มี\.ค\.|เม\.ย\.|พ\.ค\.|มิ\.ย\.|ก\.ค\.|ส\.ค\.|ก\.ย\.)2570/);
    expect(text).not.toMatch(/20(26|27)/);
    // ลับ at the head and foot of every page.
    const pages = raw.split('\f').filter((page) => page.trim() !== '');
    for (const page of pages) expect(page.match(/^ลับ$/gm)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(text).toContain(flat(`(${list.preparer.name})`));
    expect(text).toContain(flat(list.preparer.position));
    expect(text).toContain(flat('ผู้จัดทำ'));
    expect(text).toContain(flat('( ) อนุมัติให้ลบข้อมูลตามบัญชี ( ) ไม่อนุมัติ'));
    expect(text).toContain(flat(`(${list.approver.name})`));
    expect(text).toContain(flat('ผู้อนุมัติ'));
    expect(text).toContain(flat('บัญชีข้อมูลส่วนบุคคลที่ครบกำหนดเก็บรักษา ปีงบประมาณ พ.ศ. 2570 · สำนักงานประชาสัมพันธ์จังหวัดสงขลา'));
  });

  it('runs 400 records over many pages, repeating the table header on each, and prints every name', async () => {
    const list = sampleRetentionList(400);
    expect(new Set(list.items.map((item) => item.name)).size).toBe(400);
    const { text: raw, pages } = await render(list);
    const text = flat(raw);
    expect(pages).toBeGreaterThan(5);
    expect(text).toContain(flat('รายการที่ครบกำหนด (400 รายการ)'));
    // The items table's header row (ลำดับ ... ครบกำหนดเมื่อ) on every page the table runs onto.
    const header = flat('ลำดับ ประเภท ชื่อ รายการ ครบกำหนดเมื่อ');
    expect(text.split(header).length - 1).toBeGreaterThan(5);
    const listPages = raw.split('\f').map(flat).filter((page) => list.items.some((item) => page.includes(flat(item.name))));
    expect(listPages.length).toBeGreaterThan(5);
    for (const page of listPages) expect(page).toContain(header);
    for (const item of list.items) expect(text).toContain(flat(item.name));
    expect(text).toContain(flat(`400 ${list.items[399]?.kindLabel ?? ''}`));
    expect(text).toContain(flat(`(${list.approver.name})`));
  }, 60_000);

  it('says there is nothing to erase when no record is due', async () => {
    const list = { ...sampleRetentionList(), items: [] };
    const { text: raw } = await render(list);
    const text = flat(raw);
    expect(text).toContain(flat('รายการที่ครบกำหนด (0 รายการ) ไม่มีรายการที่ครบกำหนด'));
    expect(text).not.toContain('ครบกำหนดเมื่อ');
    expect(text).toContain(flat(`(${list.approver.name})`));
  });

  it('gives 400 distinct records, all due in fiscal year 2570', () => {
    const items = sampleRetentionItems(400);
    expect(items).toHaveLength(400);
    expect(new Set(items.map((item) => item.kindLabel))).toEqual(new Set(['นักศึกษาฝึกงาน', 'ผู้ร้องเรียน', 'สื่อมวลชน']));
    expect(items.every((item) => item.dueDate >= '2026-10-01' && item.dueDate <= '2027-09-30')).toBe(true);
  });
});
