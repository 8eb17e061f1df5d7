import { describe, expect, it } from 'vitest';
import { diffLines } from './line-diff';

describe('diffLines', () => {
  it('marks nothing when the texts are the same', () => {
    expect(diffLines('ก\nข', 'ก\nข')).toEqual([
      { kind: 'same', text: 'ก' },
      { kind: 'same', text: 'ข' },
    ]);
  });

  it('marks an added and a removed paragraph and keeps the shared ones in order', () => {
    expect(diffLines('หัวข่าว\nย่อหน้าเดิม\nท้ายข่าว', 'หัวข่าว\nท้ายข่าว\nย่อหน้าใหม่')).toEqual([
      { kind: 'same', text: 'หัวข่าว' },
      { kind: 'removed', text: 'ย่อหน้าเดิม' },
      { kind: 'same', text: 'ท้ายข่าว' },
      { kind: 'added', text: 'ย่อหน้าใหม่' },
    ]);
  });

  it('shows a changed line as removed then added, and accepts Windows line ends', () => {
    expect(diffLines('ก\r\nข', 'ก\nค')).toEqual([
      { kind: 'same', text: 'ก' },
      { kind: 'removed', text: 'ข' },
      { kind: 'added', text: 'ค' },
    ]);
  });

  it('rebuilds each side from its own lines', () => {
    const before = 'a\nb\nc\nd';
    const after = 'b\nx\nd\ne';
    const diff = diffLines(before, after);
    expect(diff.filter((l) => l.kind !== 'added').map((l) => l.text).join('\n')).toBe(before);
    expect(diff.filter((l) => l.kind !== 'removed').map((l) => l.text).join('\n')).toBe(after);
  });
});
