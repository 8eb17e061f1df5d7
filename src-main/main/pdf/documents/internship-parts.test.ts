import { describe, expect, it } from 'vitest';
import { sampleLetterhead } from '../samples/internship-samples';
import { formatAmount, hoursText, internName, internshipPeriod, letterheadImages, studyText } from './internship-parts';

describe('internship wording', () => {
  it('prints hours exactly, as hours and minutes, never a rounded decimal', () => {
    expect(hoursText(312)).toBe('312 ชั่วโมง');
    // Exactly, in hours and minutes: 301.25 h is not "301.3 ชั่วโมง".
    expect(hoursText(287.5)).toBe('287 ชั่วโมง 30 นาที');
    expect(hoursText(301.25)).toBe('301 ชั่วโมง 15 นาที');
    expect(hoursText(27.75)).toBe('27 ชั่วโมง 45 นาที');
    expect(hoursText(311.98)).toBe('311 ชั่วโมง 59 นาที');
    expect(hoursText(0)).toBe('0 ชั่วโมง');
    expect(formatAmount(1234.5, 2)).toBe('1,234.5');
  });

  it('names the period in Buddhist-era dates that do not break inside', () => {
    expect(internshipPeriod({ startDate: '2026-06-01', endDate: '2026-07-31' })).toBe(
      'ตั้งแต่วันที่ 1\u00a0มิถุนายน\u00a02569 ถึงวันที่ 31\u00a0กรกฎาคม\u00a02569',
    );
  });

  it('adds สาขาวิชา to a bare programme only, and leaves out what was not recorded', () => {
    expect(studyText({ faculty: 'คณะวิทยาการจัดการ', programme: 'นิเทศศาสตร์' })).toBe('คณะวิทยาการจัดการ สาขาวิชานิเทศศาสตร์');
    expect(studyText({ faculty: '', programme: 'สาขาวิชาการตลาด' })).toBe('สาขาวิชาการตลาด');
    expect(studyText({ faculty: 'แผนกวิชาคอมพิวเตอร์ธุรกิจ', programme: '' })).toBe('แผนกวิชาคอมพิวเตอร์ธุรกิจ');
    expect(studyText({ faculty: '', programme: '' })).toBe('');
  });

  it('adds the English name in brackets only when recorded', () => {
    expect(internName({ fullName: 'นางสาวกนกวรรณ ศรีสุข', fullNameEn: 'Miss Kanokwan Srisuk' })).toBe('นางสาวกนกวรรณ ศรีสุข (Miss Kanokwan Srisuk)');
    expect(internName({ fullName: 'นายณัฐพงศ์ แก้วประเสริฐ', fullNameEn: '' })).toBe('นายณัฐพงศ์ แก้วประเสริฐ');
  });

  it('embeds the letterhead logo only when the office has one', () => {
    const letterhead = sampleLetterhead();
    expect(letterheadImages(letterhead).logo).toMatch(/^data:image\/png;base64,/);
    expect(letterheadImages({ ...letterhead, logo: null })).toEqual({});
  });
});
