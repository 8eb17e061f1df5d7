import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { COMPLAINT_STEP_LABELS } from '../../shared/domain/complaint';
import { sampleComplaintReport } from '../pdf/samples/complaint-report-samples';
import { REPORT_LIST_SHEETS, complaintReportXlsx } from './complaint-report-xlsx';

describe('six-month complaint statistics spreadsheet', () => {
  it('reads back with Thai text intact and counts as numbers', async () => {
    const report = sampleComplaintReport();
    const buffer = Buffer.from(await complaintReportXlsx(report));
    const summary = await readSheet(buffer, 'สรุปสถิติ');
    expect(summary[0]?.[0]).toBe('รายงานสถิติเรื่องร้องเรียน สำนักงานประชาสัมพันธ์จังหวัดสงขลา');
    expect(summary[1]?.[0]).toBe('ปีงบประมาณ พ.ศ. 2569 รอบ 6 เดือนแรก (1 ตุลาคม 2568 – 31 มีนาคม 2569)');
    expect(summary.find((r) => r[0] === 'รับเรื่องทั้งหมด')?.[1]).toBe(report.statistics.total);
    // The count tables are per type; the general part comes first.
    const generalStats = report.byType[0]!.statistics;
    expect(summary.find((r) => r[0] === 'สายด่วนรัฐบาล 1111')?.[1]).toBe(generalStats.byChannel.find((c) => c.channel === 'hotline-1111')?.count);
    expect(summary.find((r) => r[0] === 'ยุติเรื่องภายในกำหนด')?.[1]).toBe(generalStats.result.onTime);
    for (const agency of generalStats.byAgency) expect(summary.find((r) => r[0] === agency.name)?.[1]).toBe(agency.count);

    const general = report.complaints.filter((c) => c.complaintType === 'general');
    const list = await readSheet(buffer, REPORT_LIST_SHEETS.general);
    expect(list).toHaveLength(general.length + 1);
    // ำ and tone marks survive exactly; the dates are real date cells (shown in พ.ศ. by the sheet's format).
    expect(list.slice(1).map((r) => r[2])).toEqual(general.map((c) => c.subject));
    expect(list[1]?.[0]).toBe('1/2568');
    expect(list[1]?.[1]).toEqual(new Date(Date.UTC(2025, 9, 1)));
    expect(list[1]?.[6]).toBe(COMPLAINT_STEP_LABELS[general[0]!.status]);
  });

  it('keeps general and corruption/misconduct complaints apart, each with its own counts and list', async () => {
    const report = sampleComplaintReport();
    const [general, corruption] = report.byType;
    expect(general!.statistics.total).toBeGreaterThan(0);
    expect(corruption!.statistics.total).toBeGreaterThan(0);
    expect(general!.statistics.total + corruption!.statistics.total).toBe(report.statistics.total);
    const buffer = Buffer.from(await complaintReportXlsx(report));
    const summary = await readSheet(buffer, 'สรุปสถิติ');
    expect(summary.find((r) => r[0] === 'เรื่องร้องเรียนทั่วไป')?.[1]).toBe(general!.statistics.total);
    expect(summary.find((r) => r[0] === 'เรื่องร้องเรียนการทุจริตและประพฤติมิชอบ')?.[1]).toBe(corruption!.statistics.total);
    const partStart = summary.findIndex((r) => r[0] === `เรื่องร้องเรียนการทุจริตและประพฤติมิชอบ (${corruption!.statistics.total} เรื่อง)`);
    expect(partStart).toBeGreaterThan(0);
    expect(summary.slice(partStart).find((r) => r[0] === 'รับเรื่อง')?.[1]).toBe(corruption!.statistics.total);
    const list = await readSheet(buffer, REPORT_LIST_SHEETS.corruption);
    expect(list.slice(1).map((r) => r[0])).toEqual(report.complaints.filter((c) => c.complaintType === 'corruption').map((c) => c.number));
  });
});
