import { describe, expect, it } from 'vitest';
import { formatConflictValue, type ValueWords } from './conflict-value';

const words: ValueWords = { yes: 'ใช่', no: 'ไม่ใช่', date: (iso) => `วันที่ ${iso}`, dateTime: (iso) => `เวลา ${iso}` };
const show = (value: unknown) => formatConflictValue(value, words);

describe('formatConflictValue', () => {
  it('shows nothing as empty', () => {
    for (const value of [null, undefined, '', []]) expect(show(value)).toEqual({ kind: 'empty' });
  });

  it('keeps a multi-line text as it is, line breaks included', () => {
    expect(show('ย่อหน้าแรก\n\nย่อหน้าสอง')).toEqual({ kind: 'text', text: 'ย่อหน้าแรก\n\nย่อหน้าสอง' });
  });

  it('shows booleans as ใช่/ไม่ใช่ and numbers as numbers', () => {
    expect(show(true)).toEqual({ kind: 'text', text: 'ใช่' });
    expect(show(false)).toEqual({ kind: 'text', text: 'ไม่ใช่' });
    expect(show(40)).toEqual({ kind: 'text', text: '40' });
  });

  it('formats dates and date-times with the given (Buddhist-era) formats', () => {
    expect(show('2025-01-15')).toEqual({ kind: 'text', text: 'วันที่ 2025-01-15' });
    expect(show('2025-01-15T14:30')).toEqual({ kind: 'text', text: 'เวลา 2025-01-15T14:30' });
  });

  it('shows a list item by item, references as short ids', () => {
    expect(show(['ท่องเที่ยว', 'เกษตร'])).toEqual({ kind: 'list', items: ['ท่องเที่ยว', 'เกษตร'] });
    expect(show(['0b7f6a52-8c1e-4c39-9d0e-5f2a7c1b3e44'])).toEqual({ kind: 'list', items: ['#0b7f6a52'] });
  });

  it('summarises objects without JSON or machine ids', () => {
    const quotes = [{ speaker: 'ผู้ว่าราชการจังหวัด', text: 'ขอเชิญชวนประชาชน' }];
    expect(show(quotes)).toEqual({ kind: 'list', items: ['ผู้ว่าราชการจังหวัด · ขอเชิญชวนประชาชน'] });
    const photo = { blobId: 'a'.repeat(64), caption: 'ภาพพิธีเปิด', width: 800 };
    expect(show(photo)).toEqual({ kind: 'text', text: 'ภาพพิธีเปิด · 800' });
    const terms = { from: '2025-01-01', to: '2025-12-31', active: true };
    const shown = show(terms);
    expect(shown).toEqual({ kind: 'text', text: 'วันที่ 2025-01-01 · วันที่ 2025-12-31 · ใช่' });
    expect(JSON.stringify(shown)).not.toContain('{\\"');
  });

  it('names references and choices the way the form does, and attachments as their list does', () => {
    const mission = '0b7f6a52-8c1e-4c39-9d0e-5f2a7c1b3e44';
    const named: ValueWords = {
      ...words,
      reference: (id) => (id === mission ? 'งานประชาสัมพันธ์เชิงรุก' : undefined),
      option: (v) => ({ done: 'เสร็จแล้ว', line: 'LINE' })[v],
      fileSize: (bytes) => `${bytes / 1000} KB`,
    };
    expect(formatConflictValue(mission, named)).toEqual({ kind: 'text', text: 'งานประชาสัมพันธ์เชิงรุก' });
    expect(formatConflictValue('done', named)).toEqual({ kind: 'text', text: 'เสร็จแล้ว' });
    expect(formatConflictValue(['line', mission], named)).toEqual({ kind: 'list', items: ['LINE', 'งานประชาสัมพันธ์เชิงรุก'] });
    // Inside an object a reference is named, but free text is never taken for a choice.
    expect(formatConflictValue({ staffId: mission, note: 'done' }, named)).toEqual({ kind: 'text', text: 'งานประชาสัมพันธ์เชิงรุก · done' });
    const file = { blobId: 'b'.repeat(64), name: 'กำหนดการ.pdf', mime: 'application/pdf', size: 12000 };
    expect(formatConflictValue([file], named)).toEqual({ kind: 'list', items: ['กำหนดการ.pdf (12 KB)'] });
  });
});
