import { describe, expect, it } from 'vitest';
import { derivedValues } from './conflict-derived';

describe('derived fields of a merged record', () => {
  it("a release merged from updates alone (its create op not pulled yet) still gets its words, without throwing", () => {
    // Two workstations edited the headline and the body; the create op, with quotes and tags, is still on its way.
    const { terms } = derivedValues('pressReleases', { id: 'r1', headline: 'มหกรรมว่าวไทยจังหวัดสงขลา', body: 'การประกวดร้องเพลงลูกทุ่ง' }) as { terms: string[] };
    expect(terms).toEqual(expect.arrayContaining(['ว่าว', 'ประกวด', 'ทุ่ง']));
  });

  it('ignores values of the wrong shape instead of throwing', () => {
    const { terms } = derivedValues('pressReleases', { headline: 'ข่าวหมากรุก', quotes: [null, { speaker: 7, text: 'คำกล่าวเปิดงาน' }], tags: ['กีฬา', 3], numberLabel: 12 }) as { terms: string[] };
    expect(terms).toEqual(expect.arrayContaining(['หมาก', 'กีฬา', 'เปิด']));
  });

  it('has nothing to derive for a table without derived fields', () => {
    expect(derivedValues('staff', { id: 's1' })).toEqual({});
  });
});
