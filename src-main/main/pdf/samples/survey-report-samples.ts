import type { SurveyReportDocument } from '../../../shared/pdf/survey-report';
import type { PdfSample } from './index';
import { SAMPLE_OFFICE, sampleLogo } from './office';

const BANDS_050 = ['4.51–5.00 หมายถึง มากที่สุด', '3.51–4.50 หมายถึง มาก', '2.51–3.50 หมายถึง ปานกลาง', '1.51–2.50 หมายถึง น้อย', '1.00–1.50 หมายถึง น้อยที่สุด'];
const COMMENTS = [
  'เจ้าหน้าที่ให้บริการดีมาก พูดจาสุภาพ ยิ้มแย้มแจ่มใส',
  'ควรเพิ่มที่จอดรถสำหรับผู้มาติดต่อ โดยเฉพาะช่วงเช้าวันจันทร์',
  'อยากให้ประชาสัมพันธ์ข่าวสารผ่าน LINE และ Facebook มากขึ้น',
  'ขั้นตอนการขอรับบริการยังซับซ้อน ควรมีป้ายบอกทางที่ชัดเจน',
  'ห้องน้ำควรทำความสะอาดบ่อยขึ้น',
];

/** A satisfaction survey of `respondents` people; `long` adds many items and every comment (≈200 pages). */
export function sampleSurveyReport(long = false): SurveyReportDocument {
  const { officeName, province, address, phone, email } = SAMPLE_OFFICE;
  const respondents = long ? 50_000 : 31;
  const item = (text: string, mean: number, sd: number, band: string) => ({ text, n: respondents, level: { mean, sd, band }, rows: [] });
  const extraSections = long
    ? Array.from({ length: 12 }, (_, s) => ({
        title: `ด้านที่ ${s + 4} การให้บริการข้อมูลข่าวสารของจังหวัด กลุ่มที่ ${s + 1}`,
        n: respondents * 8,
        level: { mean: 3.9 + (s % 5) * 0.1, sd: 0.71, band: 'มาก' },
        items: Array.from({ length: 8 }, (_, i) => item(`ข่าวสารเรื่องที่ ${i + 1} ของด้านที่ ${s + 4} เข้าใจง่ายและทันต่อเหตุการณ์`, 3.8 + ((i + s) % 8) * 0.1, 0.6 + (i % 3) * 0.1, i % 7 === 0 ? 'มากที่สุด' : 'มาก')),
      }))
    : [];
  return {
    kind: 'survey-report',
    letterhead: { officeName, province, address, phone, email, logo: sampleLogo() },
    title: 'แบบสอบถามความพึงพอใจต่อการให้บริการ',
    preparedOn: '2026-03-31',
    respondents,
    bandCriteria: BANDS_050,
    profile: [
      { question: 'เพศ', n: respondents, rows: [{ label: 'ชาย', count: long ? 24_192 : 15, percent: long ? 48.38 : 48.39 }, { label: 'หญิง', count: long ? 25_808 : 16, percent: long ? 51.62 : 51.61 }, { label: 'ไม่ระบุ', count: 0, percent: 0 }] },
      {
        question: 'อายุ',
        n: respondents,
        rows: [
          { label: 'ต่ำกว่า 20 ปี', count: long ? 8_334 : 5, percent: long ? 16.67 : 16.13 },
          { label: '20–29 ปี', count: long ? 8_333 : 5, percent: long ? 16.67 : 16.13 },
          { label: '30–39 ปี', count: long ? 8_333 : 5, percent: long ? 16.67 : 16.13 },
          { label: '40–49 ปี', count: long ? 8_333 : 5, percent: long ? 16.67 : 16.13 },
          { label: '50–59 ปี', count: long ? 8_333 : 5, percent: long ? 16.67 : 16.13 },
          { label: '60 ปีขึ้นไป', count: long ? 8_334 : 6, percent: long ? 16.67 : 19.35 },
        ],
      },
    ],
    ratingSections: [
      {
        title: 'ด้านกระบวนการให้บริการ',
        n: respondents * 2,
        level: { mean: 4.03, sd: 0.6, band: 'มาก' },
        items: [item('ขั้นตอนการให้บริการไม่ยุ่งยากซับซ้อน', 4.03, 0.84, 'มาก'), item('ความรวดเร็วในการให้บริการ', 4.03, 0.18, 'มาก')],
      },
      {
        title: 'ด้านเจ้าหน้าที่ผู้ให้บริการ',
        n: respondents * 2,
        level: { mean: 4.52, sd: 0.5, band: 'มากที่สุด' },
        items: [item('เจ้าหน้าที่พูดจาสุภาพ อัธยาศัยดี', 4.52, 0.51, 'มากที่สุด'), item('เจ้าหน้าที่ให้คำแนะนำได้ชัดเจน', 4.52, 0.51, 'มากที่สุด')],
      },
      { title: 'ด้านสิ่งอำนวยความสะดวก', n: respondents, level: { mean: 3.06, sd: 0.36, band: 'ปานกลาง' }, items: [item('สถานที่สะอาด มีที่นั่งรอและที่จอดรถเพียงพอ', 3.06, 0.36, 'ปานกลาง')] },
      ...extraSections,
    ],
    overall: { mean: 4.03, sd: 0.74, band: 'มาก' },
    choices: long
      ? Array.from({ length: 40 }, (_, i) => ({
          question: `ท่านรับข่าวสารเรื่องที่ ${i + 1} ผ่านช่องทางใด`,
          n: respondents,
          rows: [
            { label: 'วิทยุกระจายเสียง', count: 10_000, percent: 20 },
            { label: 'Facebook', count: 20_000, percent: 40 },
            { label: 'LINE', count: 15_000, percent: 30 },
            { label: 'หอกระจายข่าว', count: 5_000, percent: 10 },
          ],
        }))
      : [],
    openEnded: [{ question: 'ข้อเสนอแนะเพิ่มเติม', answers: Array.from({ length: long ? 4_400 : 4 }, (_, i) => COMMENTS[i % COMMENTS.length] ?? '') }],
    summary:
      `ผลการสำรวจความพึงพอใจต่อการให้บริการ จากผู้ตอบแบบสอบถามทั้งสิ้น ${respondents.toLocaleString('en-US')} คน ส่วนใหญ่มีเพศหญิง ร้อยละ ${long ? '51.62' : '51.61'} ภาพรวมอยู่ในระดับมาก (ค่าเฉลี่ย 4.03 ส่วนเบี่ยงเบนมาตรฐาน 0.74) เมื่อพิจารณาเป็นรายด้าน พบว่าด้านเจ้าหน้าที่ผู้ให้บริการมีค่าเฉลี่ยสูงสุด (4.52 ระดับมากที่สุด) และด้านสิ่งอำนวยความสะดวกมีค่าเฉลี่ยต่ำสุด (3.06 ระดับปานกลาง)`,
    signer: { name: SAMPLE_OFFICE.directorName, position: SAMPLE_OFFICE.directorTitle },
  };
}

export function surveyReportSamples(): PdfSample[] {
  return [
    { name: 'survey-report', request: { document: sampleSurveyReport(), options: { thaiDigits: false } } },
    { name: 'survey-report-long', request: { document: sampleSurveyReport(true), options: { thaiDigits: false } } },
  ];
}
