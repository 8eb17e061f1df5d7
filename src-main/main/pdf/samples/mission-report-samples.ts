import { TASK_STATUSES } from '../../../shared/domain/task';
import type { MissionReportDocument, ReportMission, ReportTask } from '../../../shared/pdf/mission-report';
import type { PdfSample } from './index';
import { SAMPLE_OFFICE, sampleLogo } from './office';

const MISSIONS = [
  { no: 2, title: 'ให้บริการจัดทำข่าวประชาสัมพันธ์กิจกรรมของหน่วยงานภาครัฐ ภาคประชาชน เผยแพร่ข้อมูลข่าวสารไปยังเครือข่ายสื่อมวลชน', group: 'กลุ่มงานประชาสัมพันธ์และสื่อสารองค์กร' },
  { no: 4, title: 'จัดทำแผนประชาสัมพันธ์ในภาวะวิกฤติ', group: 'กลุ่มงานอำนวยการและบริหารงานทั่วไป' },
  { no: 6, title: 'ปฏิบัติหน้าที่โฆษกจังหวัดและจัดแถลงข่าวเมื่อเกิดสถานการณ์เร่งด่วน', group: 'กลุ่มงานประชาสัมพันธ์และสื่อสารองค์กร' },
  { no: 9, title: 'สนับสนุนการฝึกงานวิชาชีพด้านการประชาสัมพันธ์แก่สถานศึกษา', group: 'กลุ่มงานอำนวยการและบริหารงานทั่วไป' },
];
const VERBS = ['ผลิตรายการวิทยุ “สงขลาวันนี้”', 'เขียนข่าวประชาสัมพันธ์', 'ถ่ายภาพและวิดีโอกิจกรรม', 'ประสานสื่อมวลชนท้องถิ่น', 'จัดแถลงข่าวสถานการณ์อุทกภัย'];
const TOPICS = ['งานกาชาดและงานกาชาดจังหวัดสงขลา ประจำปี 2569', 'โครงการจิตอาสาพัฒนาชุมชนริมทะเลสาบสงขลา', 'การเตรียมรับมือน้ำท่วมฉับพลันอำเภอหาดใหญ่', 'วันเด็กแห่งชาติ'];
const PEOPLE = ['นางสาววิภาวรรณ ศรีสุข', 'นายกิตติศักดิ์ ทองดี', 'นางปิยะนุช แก้วมณี'];

function tasksFor(missionIndex: number, count: number): ReportTask[] {
  return Array.from({ length: count }, (_, i): ReportTask => {
    const status = TASK_STATUSES[(i + missionIndex) % 4] ?? 'pending';
    const month = 10 + (i % 6);
    const date = month > 12 ? `2026-${String(month - 12).padStart(2, '0')}-15` : `2025-${month}-15`;
    return {
      title: `${VERBS[i % VERBS.length] ?? ''} ${TOPICS[(i + missionIndex) % TOPICS.length] ?? ''}`,
      assignees: PEOPLE.slice(0, 1 + (i % 3)).join(', '),
      dueDate: i % 7 === 6 ? null : date,
      completedOn: status === 'done' ? date : null,
      status,
      progress: status === 'done' ? 100 : status === 'pending' ? 0 : 20 + ((i * 13) % 70),
      depth: i % 4 === 3 ? 1 : 0,
      overdue: status !== 'done' && status !== 'cancelled' && i % 3 === 0,
    };
  });
}

function mission(index: number, taskCount: number): ReportMission {
  const info = MISSIONS[index] ?? MISSIONS[0]!;
  const tasks = tasksFor(index, taskCount);
  const counted = tasks.filter((t) => t.status !== 'cancelled');
  return {
    no: info.no,
    title: info.title,
    workGroup: info.group,
    targets:
      index === 0
        ? [
            { name: 'ข่าวประชาสัมพันธ์ที่เผยแพร่', amount: 1200, unit: 'ข่าว', counts: 'press', actual: 612 },
            { name: 'การให้บริการตามคำขอของหน่วยงาน', amount: 150, unit: 'ครั้ง', counts: 'press-request', actual: 81 },
            { name: 'ความพึงพอใจของหน่วยงานผู้ขอรับบริการ', amount: 85, unit: 'ร้อยละ', counts: null, actual: null },
          ]
        : [],
    summary: {
      total: tasks.length,
      pending: tasks.filter((t) => t.status === 'pending').length,
      inProgress: tasks.filter((t) => t.status === 'in-progress').length,
      done: tasks.filter((t) => t.status === 'done').length,
      cancelled: tasks.filter((t) => t.status === 'cancelled').length,
      overdue: tasks.filter((t) => t.overdue).length,
      averageProgress: counted.length === 0 ? 0 : Math.round(counted.reduce((s, t) => s + t.progress, 0) / counted.length),
    },
    tasks,
    outputs: index === 0 ? [{ module: 'press-request', count: 81 }, { module: 'press', count: 612 }, { module: 'conference', count: 9 }, { module: 'document', count: 14 }] : [],
    work:
      index === 0
        ? [
            { module: 'press-request', title: 'ทำข่าวพิธีเปิดงานกาชาดจังหวัด', date: '2025-12-01', task: '' },
            { module: 'press', title: 'ข่าวที่ 412/2569 ผู้ว่าราชการจังหวัดเปิดงานกาชาด', date: '2025-12-01', task: '' },
          ]
        : [],
  };
}

export function sampleMissionReport(): MissionReportDocument {
  const { officeName, province, address, phone, email } = SAMPLE_OFFICE;
  return {
    kind: 'mission-report',
    letterhead: { officeName, province, address, phone, email, logo: sampleLogo() },
    period: { fiscalYear: 2569, half: 1, start: '2025-10-01', end: '2026-03-31' },
    preparedOn: '2026-04-03',
    missions: [mission(0, 34), mission(1, 0), mission(2, 18), mission(3, 8)],
    signer: { name: SAMPLE_OFFICE.directorName, position: SAMPLE_OFFICE.directorTitle },
  };
}

export function missionReportSamples(): PdfSample[] {
  const report = sampleMissionReport();
  return [
    { name: 'mission-report-half-year', request: { document: report, options: { thaiDigits: false } } },
    {
      name: 'mission-report-thai-digits',
      request: { document: { ...report, period: { fiscalYear: 2569, half: null, start: '2025-10-01', end: '2026-09-30' } }, options: { thaiDigits: true } },
    },
  ];
}
