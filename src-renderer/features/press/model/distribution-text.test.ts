import { describe, expect, it } from 'vitest';
import { charCount, emailText, facebookText, lineText } from './distribution-text';

const release = {
  numberLabel: 'ข่าวที่ 12/2568',
  headline: 'จังหวัดสงขลาจัดงานวันเด็ก',
  dateline: 'สงขลา',
  lead: 'ผู้ว่าราชการจังหวัดเปิดงาน',
  body: 'มีกิจกรรมมากมาย',
  quotes: [{ speaker: 'ผู้ว่าราชการจังหวัดสงขลา', text: 'เด็กคืออนาคตของชาติ' }],
  tags: ['วันเด็ก', 'สงขลา น่าอยู่'],
};

describe('distribution texts', () => {
  it('writes the LINE text with number, headline, dateline, quote and office', () => {
    expect(lineText(release, 'สำนักงานประชาสัมพันธ์จังหวัดสงขลา')).toBe(
      'ข่าวที่ 12/2568\nจังหวัดสงขลาจัดงานวันเด็ก\n\nสงขลา - ผู้ว่าราชการจังหวัดเปิดงาน\n\nมีกิจกรรมมากมาย\n\n"เด็กคืออนาคตของชาติ" ผู้ว่าราชการจังหวัดสงขลา\n\nข่าว: สำนักงานประชาสัมพันธ์จังหวัดสงขลา',
    );
  });

  it('adds hashtags for Facebook without spaces inside them', () => {
    expect(facebookText(release, '').endsWith('#วันเด็ก #สงขลาน่าอยู่')).toBe(true);
  });

  it('gives an e-mail subject with the number', () => {
    const mail = emailText(release, 'สำนักงานประชาสัมพันธ์จังหวัดสงขลา');
    expect(mail.subject).toBe('ข่าวที่ 12/2568 จังหวัดสงขลาจัดงานวันเด็ก');
    expect(mail.body.startsWith('เรียน สื่อมวลชน')).toBe(true);
  });

  it('counts Thai marks as characters', () => {
    expect(charCount('น้ำ')).toBe(3);
  });
});
