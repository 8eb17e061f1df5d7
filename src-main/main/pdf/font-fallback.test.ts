import { describe, expect, it } from 'vitest';
import { FONT_DIR } from '../../../tests/fixtures/thai-fixtures';
import { createFontSplitter } from './font-fallback';
import { DOCUMENT_FONT_FILE } from './fonts';

const split = createFontSplitter(FONT_DIR, DOCUMENT_FONT_FILE);

describe('createFontSplitter', () => {
  it('leaves text the document font has alone: Thai, Latin, digits, ฿ and typographic quotes', () => {
    expect(split('สำนักงาน PR Desk ๒๕๖๘ 1,200 ฿ “ข่าว” — café')).toBeNull();
  });

  it('gives an emoji its own run in the symbol font, with its variation selector; a skin tone, which one colour cannot show, is left out', () => {
    expect(split('ข่าวดี 😀 ❤️ 👍🏽')).toEqual([
      { text: 'ข่าวดี ' },
      { text: '😀 ❤️ 👍', font: 'Symbola' },
    ]);
  });

  it('prints Lao, Khmer and Myanmar names in their own fonts, marks and all', () => {
    expect(split('นายສົມພອນ')).toEqual([{ text: 'นาย' }, { text: 'ສົມພອນ', font: 'NotoSansLao' }]);
    expect(split('ក្រុង')).toEqual([{ text: 'ក្រុង', font: 'NotoSansKhmer' }]);
    expect(split('မောင်')).toEqual([{ text: 'မောင်', font: 'NotoSansMyanmar' }]);
    expect(split('Ωмега')).toEqual([{ text: 'Ωмега', font: 'Symbola' }]);
  });

  it('replaces what no font has with a note of its script, never a box', () => {
    expect(split('ร้าน王小明')).toEqual([{ text: 'ร้าน[อักษรจีน]' }]);
    expect(split('عربي RTL')).toEqual([{ text: '[อักษรอาหรับ] RTL' }]);
    expect(split('서울 แล้ว')).toEqual([{ text: '[อักษรเกาหลี] แล้ว' }]);
  });

  it('keeps break hints and spaces inside the run they fall in', () => {
    const runs = split('ข่าว\u200Bดี\u200B😀\u200Bมาก') ?? [];
    expect(runs.map((r) => r.text).join('')).toBe('ข่าว\u200Bดี\u200B😀\u200Bมาก');
  });
});
