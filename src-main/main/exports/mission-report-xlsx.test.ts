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
    expect(summary[3]?.slice(0, 12)).toEqual(['ภารกิจที่', 'ภารกิจ', 'กลุ่มงาน', 'งานทั้งหมด', 'เสร็จสิ้น', 'กำลังดำเนินการ', 'รอดำเนินการ', 'ยกเลิก', 'เกินกำหนด', 'ความคืบหน้าเฉลี่ย (%)', 'คำขอรับบริการข่าวสาร', 'ข่าวประชาสัมพันธ์']);
    // Each kind of work counted once, as numbers: 81 requests and 612 releases are two kinds.
    expect(summary[4]?.slice(10, 13)).toEqual([81, 612, 0]);
    const first = report.missions[0];
    expect(summary[4]?.slice(0, 4)).toEqual([first?.no, first?.title, first?.workGroup, first?.summary.total]);

    const targets = await readSheet(buffer, 'ตัวชี้วัด');
    expect(targets[1]).toEqual([first?.no, 'ข่าวประชาสัมพันธ์ที่เผยแพร่', 1200, 'ข่าว', 'ข่าวประชาสัมพันธ์', 612, 51]);
    expect(targets[3]).toEqual([first?.no, 'ความพึงพอใจของหน่วยงานผู้ขอรับบริการ', 85, 'ร้อยละ', 'รายงานเอง', null, null]);
    const work = await readSheet(buffer, 'ผลงานตามภารกิจ');
    expect(work.slice(1).map((r) => r.slice(0, 4))).toEqual([
      [first?.no, 'คำขอรับบริการข่าวสาร', 'ทำข่าวพิธีเปิดงานกาชาดจังหวัด', '1 ธ.ค. 2568'],
      [first?.no, 'ข่าวประชาสัมพันธ์', 'ข่าวที่ 412/2569 ผู้ว่าราชการจังหวัดเปิดงานกาชาด', '1 ธ.ค. 2568'],
    ]);

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
