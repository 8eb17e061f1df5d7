import {
  COMPLAINT_CHANNELS,
  COMPLAINT_SUBCATEGORIES,
  DEFAULT_COMPLAINT_SETTINGS,
  complaintTypeOf,
  type ComplaintCategory,
  type ComplaintStep,
} from '../../../shared/domain/complaint';
import { addDays, complaintDeadlines, complaintStatus } from '../../../shared/domain/complaint-deadlines';
import { complaintStatistics, complaintStatisticsByType, type ComplaintStatistics } from '../../../shared/domain/complaint-statistics';
import { fiscalPeriod } from '../../../shared/domain/fiscal-period';
import type { ComplaintReportDocument, ReportComplaint } from '../../../shared/pdf/complaint-report';
import type { PdfSample } from './index';
import { SAMPLE_OFFICE, sampleLogo } from './office';

const AGENCIES = ['สำนักงานเทศบาลนครหาดใหญ่', 'แขวงทางหลวงสงขลา', 'การไฟฟ้าส่วนภูมิภาคจังหวัดสงขลา', 'สำนักงานสาธารณสุขจังหวัดสงขลา', 'องค์การบริหารส่วนตำบลคลองแห'];
const SUBJECTS = [
  'ขอให้ซ่อมไฟฟ้าส่องสว่างถนนกาญจนวนิช ช่วงหน้าตลาดกิมหยง',
  'สัญญาณวิทยุ สวท.สงขลา FM 90.50 ขาดหายช่วงเช้า',
  'เจ้าหน้าที่พูดจาไม่สุภาพเมื่อติดต่อขอข้อมูลข่าวสาร',
  'ขอให้ประชาสัมพันธ์กำหนดการฉีดวัคซีนไข้หวัดใหญ่ให้ทั่วถึง',
  'น้ำท่วมขังซอยเพชรเกษม 12 หลังฝนตก ส่งกลิ่นเหม็น',
  'ข่าวประชาสัมพันธ์งานกาชาดระบุวันที่ผิด',
  'ชมเชยทีมงานถ่ายทอดสดพิธีเปิดงานสมโภชเมือง',
  'เจ้าหน้าที่เรียกรับเงินเพื่อเร่งเผยแพร่ข่าวประชาสัมพันธ์ของผู้ประกอบการ',
];
const CATEGORY_BY_SUBJECT: ComplaintCategory[] = ['service', 'service', 'misconduct', 'suggestion', 'service', 'service', 'suggestion', 'misconduct'];

/** A realistic half-year: 42 complaints, some forwarded, most closed, a few late or still open. */
export function sampleComplaintReport(): ComplaintReportDocument {
  const period = fiscalPeriod(2569, 1);
  const asOf = '2026-04-03';
  const complaints = Array.from({ length: 42 }, (_, i) => {
    const category = CATEGORY_BY_SUBJECT[i % SUBJECTS.length] ?? 'service';
    // The last subject is corruption (ITA's second register); the other misconduct is manners.
    const corruption = i % SUBJECTS.length === SUBJECTS.length - 1;
    const subs = corruption ? (['corruption', 'abuse-of-power'] as const) : category === 'misconduct' ? (['behaviour', 'neglect'] as const) : COMPLAINT_SUBCATEGORIES[category];
    return {
      id: `c${i}`,
      number: `${i + 1}/${i < 20 ? 2568 : 2569}`,
      receivedDate: addDays(period.start, Math.floor((i * 181) / 42)),
      consent: i % 5 !== 0,
      channel: COMPLAINT_CHANNELS[(i * 3) % COMPLAINT_CHANNELS.length] ?? 'phone',
      category,
      subcategory: subs[i % subs.length] ?? 'other',
      subject: SUBJECTS[i % SUBJECTS.length] ?? '',
      complaintType: corruption ? ('corruption' as const) : ('general' as const),
    };
  });
  type SampleStep = Pick<ComplaintStep, 'complaintId' | 'kind' | 'date' | 'agencyId' | 'replyDueDate'>;
  const steps: SampleStep[] = complaints.flatMap((c, i) => {
    const list: SampleStep[] = [{ complaintId: c.id, kind: 'received', date: c.receivedDate, agencyId: null, replyDueDate: null }];
    if (i % 3 !== 2) list.push({ complaintId: c.id, kind: 'forwarded', date: addDays(c.receivedDate, 2), agencyId: AGENCIES[i % AGENCIES.length] ?? null, replyDueDate: addDays(c.receivedDate, 17) });
    if (i < 38) {
      list.push({ complaintId: c.id, kind: 'notified', date: addDays(c.receivedDate, 8 + (i % 10)), agencyId: null, replyDueDate: null });
      list.push({ complaintId: c.id, kind: 'closed', date: addDays(c.receivedDate, 12 + ((i * 7) % 28)), agencyId: null, replyDueDate: null });
    }
    return list.filter((s) => s.date <= asOf);
  });
  const stats = complaintStatistics(complaints, steps, DEFAULT_COMPLAINT_SETTINGS, period, asOf);
  // The sample uses agency names as ids, so the names print directly.
  const named = (s: ComplaintStatistics) => ({ ...s, byAgency: s.byAgency.map((a) => ({ name: a.agencyId, count: a.count })) });
  const rows: ReportComplaint[] = complaints.map((c) => {
    const own = steps.filter((s) => s.complaintId === c.id);
    const deadlines = complaintDeadlines(c, own, DEFAULT_COMPLAINT_SETTINGS, asOf);
    return {
      number: c.number,
      receivedDate: c.receivedDate,
      subject: c.subject,
      channel: c.channel,
      category: c.category,
      subcategory: c.subcategory,
      complaintType: complaintTypeOf(c),
      status: complaintStatus(own),
      agencies: [...new Set(own.filter((s) => s.agencyId).map((s) => s.agencyId as string))].join(', '),
      closedOn: own.find((s) => s.kind === 'closed')?.date ?? null,
      late: deadlines.result.state === 'met-late' || deadlines.result.state === 'overdue',
      replyOverdue: deadlines.reply?.state === 'overdue',
    };
  });
  const { officeName, province, address, phone, email } = SAMPLE_OFFICE;
  return {
    kind: 'complaint-report',
    letterhead: { officeName, province, address, phone, email, logo: sampleLogo() },
    period: { fiscalYear: 2569, half: 1, start: period.start, end: period.end },
    preparedOn: asOf,
    limits: { acknowledgeDays: DEFAULT_COMPLAINT_SETTINGS.acknowledgeDays, resultDays: DEFAULT_COMPLAINT_SETTINGS.resultDays },
    statistics: named(stats),
    byType: complaintStatisticsByType(complaints, steps, DEFAULT_COMPLAINT_SETTINGS, period, asOf).map((t) => ({ type: t.type, statistics: named(t.statistics) })),
    complaints: rows,
    signer: { name: SAMPLE_OFFICE.directorName, position: SAMPLE_OFFICE.directorTitle },
  };
}

export function complaintReportSamples(): PdfSample[] {
  const report = sampleComplaintReport();
  return [
    { name: 'complaint-report-half-year', request: { document: report, options: { thaiDigits: false } } },
    { name: 'complaint-report-thai-digits', request: { document: report, options: { thaiDigits: true } } },
  ];
}
