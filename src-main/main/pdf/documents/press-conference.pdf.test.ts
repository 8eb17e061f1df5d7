import { describe, expect, it } from 'vitest';
import { pdfRenderRequestSchema } from '../../../shared/pdf/documents';
import { createInProcessRenderer } from '../pool';
import { sampleConferenceAttendance, sampleConferenceStatements } from '../samples/press-conference-samples';
import { pdfText } from '../testing/poppler';
import { FONT_DIR } from '../../../../tests/fixtures/thai-fixtures';

const renderer = createInProcessRenderer({ fontDir: FONT_DIR });
/** The text without whitespace or the page-number lines ("- 2 -"), so wrapped lines read on. */
const flat = (text: string) => text.replace(/^- [0-9๐-๙]+ -$/gmu, '').replace(/\s+/g, '');

const HEADER_ROW = flat('ที่ชื่อ - สกุลสื่อ / สังกัดตำแหน่งลายมือชื่อ');
const RUNNING_FOOTER = flat('รายชื่อผู้เข้าร่วมแถลงข่าว แถลงข่าวสถานการณ์อุทกภัยจังหวัดสงขลา ครั้งที่ 2');
/** The sheet's rows as one string: the header row and the running footer that each page repeats taken out. */
const rowsOf = (text: string) => text.slice(text.indexOf(HEADER_ROW)).replaceAll(HEADER_ROW, '').replaceAll(RUNNING_FOOTER, '');

async function textOf(document: unknown, thaiDigits = false): Promise<string> {
  const pdf = await renderer.render(pdfRenderRequestSchema.parse({ document, options: { thaiDigits } }));
  return flat(await pdfText(pdf.bytes));
}

describe('the press conference papers as PDFs', () => {
  it('คำแถลงข่าว: the conference with its พ.ศ. date and time, then every statement in number order with who issued it and when', async () => {
    const doc = sampleConferenceStatements();
    // Given out of order: printed in number order all the same.
    const text = await textOf({ ...doc, statements: [...doc.statements].reverse() });
    for (const piece of [
      'คำแถลงข่าว',
      'แถลงข่าวสถานการณ์อุทกภัยจังหวัดสงขลา ครั้งที่ 2',
      'วันที่ 23 พฤศจิกายน 2569 เวลา 10.00 น. ณ ห้องประชุมศาลากลางจังหวัดสงขลา',
      'ผู้แถลง ผู้ว่าราชการจังหวัดสงขลา และหัวหน้าสำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดสงขลา',
      // 03.15 UTC is 10.15 in Bangkok, written the Thai official way
      'ออกเมื่อวันที่ 23 พฤศจิกายน 2569 เวลา 10.15 น. โดย นายวีระ ประชาสัมพันธ์',
      'ออกเมื่อวันที่ 23 พฤศจิกายน 2569 เวลา 13.40 น. โดย นางสาววิภาวรรณ ศรีสุข',
    ]) {
      expect(text).toContain(flat(piece));
    }
    const [first, second] = doc.statements;
    const at = (piece: string) => text.indexOf(flat(piece));
    expect(at(`แถลงการณ์ ฉบับที่ 1 เรื่อง ${first?.title}`)).toBeGreaterThan(0);
    expect(at(first?.body.split('\n')[1] ?? '')).toBeGreaterThan(at(`แถลงการณ์ ฉบับที่ 1 เรื่อง ${first?.title}`));
    expect(at(`แถลงการณ์ ฉบับที่ 2 เรื่อง ${second?.title}`)).toBeGreaterThan(at(first?.body.split('\n')[1] ?? ''));
    expect(at(second?.body.split('\n')[1] ?? '')).toBeGreaterThan(at(`แถลงการณ์ ฉบับที่ 2 เรื่อง ${second?.title}`));
    expect(text).not.toMatch(/\d\d:\d\d/);
    // Statements are issued, never drafts: no ร่าง anywhere.
    expect(text).not.toContain('ร่าง');
  });

  it('รายชื่อผู้เข้าร่วมแถลงข่าว: everyone invited but those not coming, with outlet and position, a count, and blank numbered rows to sign in', async () => {
    const doc = sampleConferenceAttendance();
    const text = await textOf(doc);
    for (const piece of ['รายชื่อผู้เข้าร่วมแถลงข่าว', 'วันที่ 23 พฤศจิกายน 2569 เวลา 10.00 น.', 'ที่ชื่อ - สกุลสื่อ / สังกัดตำแหน่งลายมือชื่อ', 'รวมรายชื่อสื่อมวลชน 4 ราย', 'ได้รับเชิญ 5 ราย · มาร่วมงานตามที่บันทึกไว้ 2 ราย · แจ้งไม่มา 1 ราย']) {
      expect(text).toContain(flat(piece));
    }
    const listed = doc.attendees.filter((a) => a.status !== 'absent');
    for (const a of listed) {
      expect(text).toContain(flat(a.name));
      expect(text).toContain(flat(a.outletName));
      if (a.position) expect(text).toContain(flat(a.position));
    }
    expect(text).not.toContain(flat('มานี ทันข่าว'));
    // In the order invited, numbered 1–4; then blank rows numbered on to 12 for media not on the list.
    expect(text.indexOf(flat(listed[0]?.name ?? ''))).toBeLessThan(text.indexOf(flat(listed[3]?.name ?? '')));
    expect(text).toMatch(/4นางสาวฐิติกาญจน์ญาณพัฒน์/);
    expect(rowsOf(text)).toMatch(/ประจำจังหวัด56789101112รวม/);
    expect(text).not.toContain('ร่าง');
  });

  it('follows the office’s Thai digits, and prints a full sheet of blank rows when nobody was invited', async () => {
    const thai = await textOf(sampleConferenceAttendance(), true);
    expect(thai).toContain(flat('วันที่ ๒๓ พฤศจิกายน ๒๕๖๙ เวลา ๑๐.๐๐ น.'));
    expect(thai).toContain(flat('รวมรายชื่อสื่อมวลชน ๔ ราย'));
    const empty = await textOf({ ...sampleConferenceAttendance(), attendees: [] });
    expect(empty).toContain(flat('รวมรายชื่อสื่อมวลชน 0 ราย'));
    expect(rowsOf(empty)).toMatch(/^123456789101112รวม/);
  });

  it('is refused at the IPC boundary when malformed', () => {
    const statements = sampleConferenceStatements();
    const parse = (document: unknown) => pdfRenderRequestSchema.safeParse({ document, options: { thaiDigits: false } }).success;
    expect(parse(statements)).toBe(true);
    expect(parse({ ...statements, statements: [] })).toBe(false);
    expect(parse({ ...statements, statements: [{ ...statements.statements[0], issuedAt: 'เมื่อวาน' }] })).toBe(false);
    expect(parse({ ...statements, conference: { ...statements.conference, startsAt: '23/11/2569' } })).toBe(false);
    expect(parse({ ...statements, extra: true })).toBe(false);
    const attendance = sampleConferenceAttendance();
    expect(parse({ ...attendance, attendees: [{ ...attendance.attendees[0], status: 'maybe' }] })).toBe(false);
    expect(parse({ ...attendance, attendees: [{ ...attendance.attendees[0], phone: '081 234 5678' }] })).toBe(false);
  });
});
