import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { CoverageReportDocument } from '../../shared/pdf/coverage-report';
import { coverageReportSamples } from '../pdf/samples/coverage-report-samples';
import { coverageReportXlsx } from './coverage-report-xlsx';

describe('coverage report spreadsheet', () => {
  it('has สรุป, ตามประเด็น, ตามแหล่งข่าว and รายการข่าว with real dates', async () => {
    const report = coverageReportSamples()[0]!.request.document as CoverageReportDocument;
    const buffer = Buffer.from(await coverageReportXlsx(report));
    const summary = await readSheet(buffer, 'สรุป');
    expect(summary[0]?.[0]).toBe('รายงานสรุปการวิเคราะห์ข่าวประจำเดือนธันวาคม 2569');
    expect(summary.slice(4, 10)).toEqual([
      ['ข่าวทั้งหมด', 48],
      ['ผู้เข้าถึงโดยประมาณ (คน)', 1_254_300],
      ['ข่าวที่ไม่ทราบจำนวนผู้เข้าถึง', 6],
      ['น้ำเสียงบวก', 20],
      ['น้ำเสียงกลาง', 12],
      ['น้ำเสียงลบ', 16],
    ]);
    expect(summary.find((row) => row[0] === 'เวลาถึงการชี้แจงครั้งแรก (มัธยฐาน)')?.[1]).toBe('26 ชม. 10 นาที');
    const issues = await readSheet(buffer, 'ตามประเด็น');
    expect(issues[1]).toEqual(['น้ำท่วมขังถนนในเขตเทศบาลนครสงขลา หลังฝนตกหนักต่อเนื่องสามวัน', 14, 11, 820_000]);
    const sources = await readSheet(buffer, 'ตามแหล่งข่าว');
    expect(sources.slice(1).map((row) => row[1])).toEqual([8, 5, 4, 14, 11, 5, 1]);
    const list = await readSheet(buffer, 'รายการข่าว');
    expect((list[1]?.[0] as unknown as Date).toISOString().slice(0, 10)).toBe('2026-12-01');
    expect(list[1]?.slice(1)).toEqual(['08.00 น.', 'ชาวบ้านร้องน้ำท่วมขังถนนสายหลักนานสามวัน', 'ออนไลน์', 'ไทยรัฐออนไลน์', 'ลบ', 'น้ำท่วมขังถนนในเขตเทศบาลนครสงขลา หลังฝนตกหนักต่อเนื่องสามวัน', 5_000, 'https://www.thairath.co.th/news/local/south/2801234']);
  });
});
