import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import type { PlanReportDocument } from '../../shared/pdf/plan-report';
import { planReportSamples } from '../pdf/samples/plan-report-samples';
import { planReportXlsx } from './plan-report-xlsx';

describe('plan report spreadsheet', () => {
  it('has the three sheets: per theme and topic, KPIs with the light in Thai, every piece of work with a real date', async () => {
    const report = planReportSamples()[0]!.request.document as PlanReportDocument;
    const buffer = Buffer.from(await planReportXlsx(report));
    const summary = await readSheet(buffer, 'สรุปตามประเด็น');
    expect(summary[0]?.[0]).toBe('รายงานผลการดำเนินงานตามแผนประชาสัมพันธ์จังหวัดสงขลา ประจำปีงบประมาณ พ.ศ. 2569');
    expect(summary[4]).toEqual(['เศรษฐกิจและการท่องเที่ยว', 'รวมขอบข่าย', 48, 3, 2, 12, 1, 20, 86, 130, 245_300]);
    expect(summary[5]?.slice(0, 3)).toEqual(['เศรษฐกิจและการท่องเที่ยว', 'ส่งเสริมการท่องเที่ยวเมืองรอง', 30]);
    const kpis = await readSheet(buffer, 'ตัวชี้วัด');
    // 48 of 80 on 1 April (50.1% of the year gone): 60% is on track.
    expect(kpis[1]).toEqual(['จำนวนข่าวเผยแพร่ด้านเศรษฐกิจ', 'เศรษฐกิจและการท่องเที่ยว', 'ข่าวประชาสัมพันธ์ที่เผยแพร่แล้ว', 'เรื่อง', 80, 48, 60, 'เป็นไปตามแผน']);
    expect(kpis[2]?.[7]).toBe('ไม่เป็นไปตามแผน');
    expect(kpis[3]?.slice(4)).toEqual([24, 12, 200, 'บรรลุเป้าหมาย']);
    expect(kpis[4]?.slice(4)).toEqual([85, null, null, 'ไม่มีข้อมูล']);
    const work = await readSheet(buffer, 'ผลงาน');
    expect(work[1]?.[0]).toBeInstanceOf(Date);
    expect((work[1]?.[0] as unknown as Date).toISOString().slice(0, 10)).toBe('2026-01-10');
    expect(work[1]?.slice(1)).toEqual(['ข่าวประชาสัมพันธ์', 'ข่าวที่ 12/2569 ผู้ว่าราชการจังหวัดเปิดงานเทศกาลท่องเที่ยว', 'เศรษฐกิจและการท่องเที่ยว', 'ส่งเสริมการท่องเที่ยวเมืองรอง', 3, 1_200]);
  });
});
