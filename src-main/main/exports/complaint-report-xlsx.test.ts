import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { COMPLAINT_STEP_LABELS } from '../../shared/domain/complaint';
import { sampleComplaintReport } from '../pdf/samples/complaint-report-samples';
import { complaintReportXlsx } from './complaint-report-xlsx';

describe('six-month complaint statistics spreadsheet', () => {
  it('reads back with Thai text intact and counts as numbers', async () => {
    const report = sampleComplaintReport();
    const buffer = Buffer.from(await complaintReportXlsx(report));
    const summary = await readSheet(buffer, 'สรุปสถิติ');
    expect(summary[0]?.[0]).toBe('รายงานสถิติเรื่องร้องเรียน สำนักงานประชาสัมพันธ์จังหวัดสงขลา');
    expect(summary[1]?.[0]).toBe('ปีงบประมาณ พ.ศ. 2569 รอบ 6 เดือนแรก (1 ตุลาคม 2568 – 31 มีนาคม 2569)');
    expect(summary.find((r) => r[0] === 'รับเรื่องทั้งหมด')?.[1]).toBe(report.statistics.total);
    expect(summary.find((r) => r[0] === 'สายด่วนรัฐบาล 1111')?.[1]).toBe(report.statistics.byChannel.find((c) => c.channel === 'hotline-1111')?.count);
    expect(summary.find((r) => r[0] === 'ยุติเรื่องภายในกำหนด')?.[1]).toBe(report.statistics.result.onTime);
    for (const agency of report.statistics.byAgency) expect(summary.find((r) => r[0] === agency.name)?.[1]).toBe(agency.count);

    const list = await readSheet(buffer, 'รายการเรื่องร้องเรียน');
    expect(list).toHaveLength(report.complaints.length + 1);
    // ำ, tone marks and the Thai dates survive exactly.
    expect(list.slice(1).map((r) => r[2])).toEqual(report.complaints.map((c) => c.subject));
    expect(list[1]?.[0]).toBe('1/2568');
    expect(list[1]?.[1]).toBe('1 ต.ค. 2568');
    expect(list[1]?.[6]).toBe(COMPLAINT_STEP_LABELS[report.complaints[0]!.status]);
  });
});
