import { describe, expect, it } from 'vitest';
import { toParagraphs } from './memo-form';

describe('memo body', () => {
  it('splits paragraphs at blank lines and keeps Thai text exactly', () => {
    expect(toParagraphs('ด้วยสำนักงานฯ จะจัดแถลงข่าว\n\n  จึงเรียนมาเพื่อโปรดทราบ  \n\n\n')).toEqual([
      'ด้วยสำนักงานฯ จะจัดแถลงข่าว',
      'จึงเรียนมาเพื่อโปรดทราบ',
    ]);
    expect(toParagraphs('บรรทัดหนึ่ง\nบรรทัดสอง')).toEqual(['บรรทัดหนึ่ง\nบรรทัดสอง']);
  });
});
