import type { Content, DocDefinition } from 'pdfmake';
import { surveyPercent } from '../../../shared/domain/survey';
import type { RenderOptions } from '../../../shared/pdf/document-parts';
import { SURVEY_SD_METHOD_NOTE, type SurveyFrequency, type SurveyReportDocument } from '../../../shared/pdf/survey-report';
import { formatThaiDateLong } from '../../../shared/text/thai-date';
import { imageDataUrl } from '../layout/images';
import { LOGO_IMAGE, officeLetterhead } from '../layout/letterhead';
import { TEXT_WIDTH, cm, governmentDocument } from '../layout/page';
import { ROUNDING_RULES, roundingNote } from '../layout/rounding-note';
import { signatureBlock } from '../layout/signature';
import { dataTable } from '../layout/table';

const f2 = (value: number) => value.toFixed(2);
const n = (value: number) => value.toLocaleString('en-US');

function heading(text: string): Content {
  return { text, bold: true, fontSize: 18, margin: [0, cm(0.4), 0, cm(0.1)] };
}

/**
 * The total row's ร้อยละ: n of n, 100.00, when the rows split the respondents (one answer each); '-'
 * for multiple choice, whose rows add up to more than n. Never the sum of the rounded rows, which
 * may be 99.99 (the rounding note says why).
 */
export function totalPercent(item: SurveyFrequency): number | null {
  return item.rows.length > 0 && item.rows.reduce((s, r) => s + r.count, 0) === item.n ? surveyPercent(item.n, item.n) : null;
}

/** "ตารางที่ k  …" then a frequency table: รายการ · จำนวน · ร้อยละ, with the total row. */
function frequencyTable(no: number, item: SurveyFrequency): Content[] {
  const total = totalPercent(item);
  // A short table never parts from its title (30 rows at most: it fits a page).
  return [
    {
      unbreakable: true,
      stack: [
        { text: `ตารางที่ ${no}  ${item.question}`, bold: true, margin: [0, cm(0.2), 0, 0] },
        dataTable(
      [
        { header: item.question, width: '*' },
        { header: 'จำนวน', width: cm(2.5), alignment: 'right' },
        { header: 'ร้อยละ', width: cm(2.5), alignment: 'right' },
      ],
      [...item.rows.map((r) => [r.label, n(r.count), f2(r.percent)]), ['รวม', n(item.n), total === null ? '-' : f2(total)]],
          { fontSize: 14 },
        ),
      ],
    },
  ];
}

/** The government-form results report: letterhead, profile tables, x̄/S.D./ระดับ table, choices, open answers, summary. */
export function buildSurveyReport(report: SurveyReportDocument, options: RenderOptions): DocDefinition {
  let tableNo = 0;
  let partNo = 0;
  const content: Content[] = [
    officeLetterhead(report.letterhead),
    { text: 'รายงานผลการสำรวจ', bold: true, fontSize: 22, alignment: 'center' },
    { text: report.title, bold: true, alignment: 'center' },
    {
      text: `ผู้ตอบแบบสอบถาม ${n(report.respondents)} คน · ข้อมูล ณ วันที่ ${formatThaiDateLong(report.preparedOn)}`,
      alignment: 'center',
      margin: [0, 0, 0, cm(0.3)],
    },
    heading('สรุปผลการสำรวจ'),
    { text: report.summary || '-', margin: [cm(1.25), 0, 0, 0], leadingIndent: cm(1.25) },
  ];
  if (report.profile.length > 0) {
    content.push(heading(`ส่วนที่ ${++partNo} ข้อมูลทั่วไปของผู้ตอบแบบสอบถาม`));
    for (const item of report.profile) content.push(...frequencyTable(++tableNo, item));
  }
  if (report.ratingSections.length > 0) {
    content.push(heading(`ส่วนที่ ${++partNo} ค่าเฉลี่ย ส่วนเบี่ยงเบนมาตรฐาน และระดับ`));
    const rows: (string | { text: string; bold: boolean }[])[][] = [];
    const bold = (text: string) => [{ text, bold: true }];
    for (const section of report.ratingSections) {
      const l = section.level;
      rows.push([bold(section.title), bold(l ? f2(l.mean) : '-'), bold(l?.sd != null ? f2(l.sd) : '-'), bold(l?.band ?? '-')]);
      section.items.forEach((item, i) => {
        const il = item.level;
        rows.push([`${i + 1}. ${item.text}`, il ? f2(il.mean) : '-', il?.sd != null ? f2(il.sd) : '-', il?.band ?? '-']);
      });
    }
    if (report.overall) {
      const o = report.overall;
      rows.push([bold('ภาพรวม'), bold(f2(o.mean)), bold(o.sd != null ? f2(o.sd) : '-'), bold(o.band)]);
    }
    content.push(
      { text: `ตารางที่ ${++tableNo}  ค่าเฉลี่ย ส่วนเบี่ยงเบนมาตรฐาน (S.D.) และระดับ`, bold: true, margin: [0, cm(0.2), 0, 0] },
      dataTable(
        [
          { header: 'รายการ', width: '*' },
          { header: 'ค่าเฉลี่ย', width: cm(2), alignment: 'right' },
          { header: 'S.D.', width: cm(1.8), alignment: 'right' },
          { header: 'ระดับ', width: cm(2.4), alignment: 'center' },
        ],
        rows,
        { fontSize: 14 },
      ),
    );
    if (report.bandCriteria.length > 0)
      content.push({ text: `เกณฑ์การแปลความหมายค่าเฉลี่ย: ${report.bandCriteria.join(' · ')}`, fontSize: 14, margin: [0, cm(0.15), 0, 0] });
    content.push({ text: SURVEY_SD_METHOD_NOTE, fontSize: 14, margin: [0, cm(0.15), 0, 0] });
  }
  if (report.choices.length > 0) {
    content.push(heading(`ส่วนที่ ${++partNo} ความคิดเห็นรายข้อ`));
    for (const item of report.choices) content.push(...frequencyTable(++tableNo, item));
  }
  const open = report.openEnded.filter((o) => o.answers.length > 0);
  open.forEach((item, index) => {
    const lines = item.answers.map((a, i) => ({ text: `${i + 1}. ${a.replace(/\s+/g, ' ')}`, margin: [cm(0.5), 0, 0, 0] as [number, number, number, number] }));
    // The headings keep their first answer with them: no heading alone at the foot of a page.
    content.push({
      unbreakable: true,
      stack: [
        ...(index === 0 ? [heading(`ส่วนที่ ${partNo + 1} ข้อเสนอแนะ`)] : []),
        { text: `${item.question} (${n(item.answers.length)} รายการ)`, bold: true, margin: [0, cm(0.2), 0, 0] },
        ...lines.slice(0, 1),
      ],
    });
    content.push({ stack: lines.slice(1) });
  });
  content.push(roundingNote(ROUNDING_RULES.surveyHalfUp));
  content.push({
    stack: [
      { text: 'ลงชื่อ ..................................................... ผู้รายงาน', alignment: 'center', margin: [TEXT_WIDTH * 0.3, cm(1.5), 0, 0] },
      signatureBlock(report.signer, { spaceToSign: cm(0.1) }),
    ],
    unbreakable: true,
  });
  const images: Record<string, string> = {};
  if (report.letterhead.logo) images[LOGO_IMAGE] = imageDataUrl(report.letterhead.logo);
  return governmentDocument(
    content,
    {
      title: `รายงานผลการสำรวจ ${report.title}`,
      author: report.letterhead.officeName,
      urgency: 'normal',
      secrecy: 'none',
      thaiDigits: options.thaiDigits,
      runningFooter: `รายงานผลการสำรวจ${report.title} · ${report.letterhead.officeName}`,
    },
    images,
  );
}
