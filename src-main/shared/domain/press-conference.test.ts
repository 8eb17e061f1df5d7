import { describe, expect, it } from 'vitest';
import { nextStatementNumber, statementHeading, statementId } from './press-conference';

const conference = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

describe('statement numbering', () => {
  it('numbers statements in sequence per event, one past the highest', () => {
    expect(nextStatementNumber([])).toBe(1);
    expect(nextStatementNumber([{ number: 1 }, { number: 2 }])).toBe(3);
    expect(nextStatementNumber([{ number: 1 }, { number: 3 }])).toBe(4);
  });

  it('two workstations issuing "ฉบับที่ 2" of one event produce the same record id (they merge and conflict visibly)', () => {
    const onA = statementId(conference, nextStatementNumber([{ number: 1 }]));
    const onB = statementId(conference, nextStatementNumber([{ number: 1 }]));
    expect(onA).toBe(onB);
    expect(onA).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('different numbers or events never share an id', () => {
    const other = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c';
    const ids = new Set([statementId(conference, 1), statementId(conference, 2), statementId(other, 1), statementId(other, 2)]);
    expect(ids.size).toBe(4);
  });

  it('prints the Thai heading', () => {
    expect(statementHeading(2)).toBe('แถลงการณ์ ฉบับที่ 2');
  });
});
