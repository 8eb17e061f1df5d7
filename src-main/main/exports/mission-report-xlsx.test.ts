import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { sampleMissionReport } from '../pdf/samples/mission-report-samples';
import { missionReportXlsx } from './mission-report-xlsx';

describe('mission report spreadsheet', () => {
  it('reads back with Thai text intact and numbers as numbers', async () => {
    const report = sampleMissionReport();
    const bytes = await missionReportXlsx(report);
    const buffer = Buffer.from(bytes);
    const summary = await readSheet(buffer, 'สรุปตามภารกิจ');
    expect(summary[0]?.[0]).toBe('รายงานผลการดำเนินงานตามภารกิจ สำนักงานประชาสัมพันธ์จังหวัดสงขลา');
    expect(summary[1]?.[0]).toBe('ปีงบประมาณ พ.ศ. 2569 รอบ 6 เดือนแรก (1 ตุลาคม 2568 – 31 มีนาคม 2569)');
    expect(summary[3]).toEqual(['ภารกิจที่', 'ภารกิจ', 'กลุ่มงาน', 'งานทั้งหมด', 'เสร็จสิ้น', 'กำลังดำเนินการ', 'รอดำเนินการ', 'ยกเลิก', 'เกินกำหนด', 'ความคืบหน้าเฉลี่ย (%)']);
    const first = report.missions[0];
    expect(summary[4]?.slice(0, 4)).toEqual([first?.no, first?.title, first?.workGroup, first?.summary.total]);

    const tasks = await readSheet(buffer, 'รายการงาน');
    const all = report.missions.flatMap((m) => m.tasks);
    expect(tasks).toHaveLength(all.length + 1);
    expect(String(tasks[1]?.[1]).trim()).toBe(all[0]?.title);
    // ำ, tone marks and quotes survive exactly (no ํา decomposition, no mojibake).
    expect(tasks.slice(1).map((r) => String(r[1]).trim())).toEqual(all.map((t) => t.title));
    expect(tasks[1]?.[6]).toBe(all[0]?.progress);
    expect(tasks[1]?.[3]).toBe('15 ต.ค. 2568');
  });
});
