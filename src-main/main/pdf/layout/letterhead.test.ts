import type { ColumnsNode } from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { LOGO_IMAGE, MEMO_TITLE, memoHeading, officeLetterhead } from './letterhead';

const letterhead = {
  officeName: 'สำนักงานประชาสัมพันธ์จังหวัดสงขลา',
  province: 'สงขลา',
  address: 'ศาลากลางจังหวัดสงขลา',
  phone: '0 7431 1060',
  email: 'songkhla@prd.go.th',
  logo: { mime: 'image/png' as const, bytes: new Uint8Array([0x89]) },
};

describe('memoHeading', () => {
  it('puts the logo left and the title centred between equal side columns', () => {
    const heading = memoHeading(letterhead) as ColumnsNode;
    const [logo, title, right] = heading.columns;
    expect(logo).toMatchObject({ image: LOGO_IMAGE });
    expect(title).toMatchObject({ text: MEMO_TITLE, alignment: 'center', bold: true, fontSize: 29 });
    expect(typeof right === 'object' && typeof logo === 'object' && right.width === logo.width).toBe(true);
  });

  it('keeps the title centred when the office has no logo', () => {
    const heading = memoHeading({ ...letterhead, logo: null }) as ColumnsNode;
    expect(JSON.stringify(heading)).not.toContain('"image"');
    expect(heading.columns[1]).toMatchObject({ text: MEMO_TITLE });
  });
});

describe('officeLetterhead', () => {
  it('prints the logo, name, address and contacts', () => {
    const block = JSON.stringify(officeLetterhead(letterhead));
    for (const part of [LOGO_IMAGE, letterhead.officeName, letterhead.address, 'โทร. 0 7431 1060', 'อีเมล songkhla@prd.go.th']) {
      expect(block).toContain(part);
    }
    expect(JSON.stringify(officeLetterhead({ ...letterhead, logo: null, phone: '', email: '' }))).not.toMatch(/image|โทร|อีเมล/);
  });
});
