import { describe, expect, it } from 'vitest';
import { diffLines } from './line-diff';

const same = (text: string) => ({ kind: 'same', text });
const removed = (text: string) => ({ kind: 'removed', text });
const added = (text: string) => ({ kind: 'added', text });

describe('diffLines', () => {
  it.each([
    ['marks nothing when the texts are the same', 'ก\nข', 'ก\nข', [same('ก'), same('ข')]],
    [
      'marks an added and a removed paragraph and keeps the shared ones in order',
      'หัวข่าว\nย่อหน้าเดิม\nท้ายข่าว',
      'หัวข่าว\nท้ายข่าว\nย่อหน้าใหม่',
      [same('หัวข่าว'), removed('ย่อหน้าเดิม'), same('ท้ายข่าว'), added('ย่อหน้าใหม่')],
    ],
    ['shows a changed line as removed then added, and accepts Windows line ends', 'ก\r\nข', 'ก\nค', [same('ก'), removed('ข'), added('ค')]],
  ])('%s', (_name, before, after, lines) => {
    expect(diffLines(before, after)).toEqual(lines);
  });

  it('rebuilds each side from its own lines', () => {
    const before = 'a\nb\nc\nd';
    const after = 'b\nx\nd\ne';
    const diff = diffLines(before, after);
    expect(diff.filter((l) => l.kind !== 'added').map((l) => l.text).join('\n')).toBe(before);
    expect(diff.filter((l) => l.kind !== 'removed').map((l) => l.text).join('\n')).toBe(after);
  });
});
