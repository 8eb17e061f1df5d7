import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffWords, hasChanges } from './word-diff';

const rebuild = (pieces: ReturnType<typeof diffWords>, side: 'before' | 'after') =>
  pieces
    .filter((p) => p.kind === 'same' || p.kind === (side === 'before' ? 'removed' : 'added'))
    .map((p) => p.text)
    .join('');

describe('word diff', () => {
  it('marks a changed Thai word, not the whole unspaced sentence', () => {
    const pieces = diffWords('ผู้ว่าราชการจังหวัดเปิดงานกาชาดวันนี้', 'ผู้ว่าราชการจังหวัดเปิดงานกาชาดพรุ่งนี้');
    // ICU splits วันนี้ / พรุ่งนี้ as วัน+นี้ / พรุ่ง+นี้: only the word that changed is marked.
    expect(pieces).toEqual([
      { kind: 'same', text: 'ผู้ว่าราชการจังหวัดเปิดงานกาชาด' },
      { kind: 'removed', text: 'วัน' },
      { kind: 'added', text: 'พรุ่ง' },
      { kind: 'same', text: 'นี้' },
    ]);
  });

  it('shows an inserted sentence as added and keeps the rest the same', () => {
    const pieces = diffWords('ข่าวที่ ๑ ประชุม', 'ข่าวที่ ๑ เร่งด่วน ประชุม');
    expect(pieces).toEqual([
      { kind: 'same', text: 'ข่าวที่ ๑ ' },
      { kind: 'added', text: 'เร่งด่วน ' },
      { kind: 'same', text: 'ประชุม' },
    ]);
    expect(hasChanges(diffWords('เหมือนเดิม', 'เหมือนเดิม'))).toBe(false);
  });

  it('always rebuilds both texts exactly (property)', () => {
    const word = fc.constantFrom('สงขลา', 'น้ำท่วม', 'ข่าว', ' ', 'ประชาสัมพันธ์', '2569', '\n', 'ที่');
    const text = fc.array(word, { maxLength: 40 }).map((w) => w.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const pieces = diffWords(before, after);
        expect(rebuild(pieces, 'before')).toBe(before);
        expect(rebuild(pieces, 'after')).toBe(after);
      }),
    );
  });

  it('handles a long body with a small edit (a 3,000-word release)', () => {
    const body = Array.from({ length: 3_000 }, (_, i) => `คำที่${i} `).join('');
    const pieces = diffWords(body, body.replace('คำที่1500 ', 'คำใหม่ '));
    expect(pieces.filter((p) => p.kind !== 'same').map((p) => p.text).join('|')).toMatch(/1500.*\|.*ใหม่/);
    expect(rebuild(pieces, 'before')).toBe(body);
  });
});
