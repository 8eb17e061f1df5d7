import { describe, expect, it } from 'vitest';
import { MAX_PASTE, readQuickEntry, type NetworkOutlet } from './quick-entry';

const NOW = '2026-12-07T21:10';
const OUTLETS: NetworkOutlet[] = [
  { id: '0190a000-0000-7000-8000-00000000a001', name: 'สวท.สงขลา', kind: 'radio', website: 'https://radiothailand.prd.go.th/songkhla/' },
  { id: '0190a000-0000-7000-8000-00000000a002', name: 'หาดใหญ่โฟกัส', kind: 'page', website: 'www.hatyaifocus.com' },
  { id: '0190a000-0000-7000-8000-00000000a003', name: 'ไม่มีเว็บ', kind: 'print', website: '' },
];
const read = (text: string) => readQuickEntry(text, OUTLETS, NOW);

describe('readQuickEntry: source from the link', () => {
  it.each([
    ['https://www.thairath.co.th/news/local/south/2801234', 'online', 'ไทยรัฐออนไลน์'],
    ['https://m.khaosod.co.th/around-thailand/news_1', 'online', 'ข่าวสดออนไลน์'],
    ['https://www.matichon.co.th/region/news_1', 'online', 'มติชนออนไลน์'],
    ['https://www.dailynews.co.th/news/1/', 'online', 'เดลินิวส์ออนไลน์'],
    ['https://www.bangkokpost.com/thailand/general/1', 'online', 'Bangkok Post'],
    ['https://www.nationthailand.com/news/1', 'online', 'Nation Thailand'],
    ['https://www.thaipbs.or.th/news/content/1', 'tv', 'ไทยพีบีเอส'],
    ['https://ch3plus.com/news/1', 'tv', 'ช่อง 3'],
    ['https://news.ch7.com/detail/1', 'tv', 'ช่อง 7HD'],
    ['https://www.mcot.net/view/1', 'tv', 'อสมท'],
    ['https://www.prd.go.th/th/content/1', 'online', 'กรมประชาสัมพันธ์'],
    ['https://nbt.prd.go.th/x', 'tv', 'สถานีวิทยุโทรทัศน์แห่งประเทศไทย (NBT)'],
    ['https://www.facebook.com/somepage/posts/1', 'social', 'Facebook'],
    ['https://fb.watch/abc/', 'social', 'Facebook'],
    ['https://vt.tiktok.com/ZS1/', 'social', 'TikTok'],
    ['https://youtu.be/abc', 'social', 'YouTube'],
    ['https://x.com/someone/status/1', 'social', 'X (Twitter)'],
    ['https://twitter.com/someone/status/1', 'social', 'X (Twitter)'],
    ['https://line.me/R/ti/g/abc', 'line', 'LINE'],
    ['https://lin.ee/abc', 'line', 'LINE'],
    ['https://today.line.me/th/v2/article/abc', 'online', 'LINE TODAY'],
  ])('%s → %s %s', (url, kind, name) => {
    const entry = read(url);
    expect(entry).toMatchObject({ sourceKind: kind, outletName: name, outletId: null });
    expect(new URL(entry.url).hostname).toBe(new URL(url).hostname);
  });

  it('takes the office’s own outlet by its website first, with its id and kind', () => {
    expect(read('https://radiothailand.prd.go.th/songkhla/news/1')).toMatchObject({ outletId: OUTLETS[0]?.id, outletName: 'สวท.สงขลา', sourceKind: 'radio' });
    expect(read('https://hatyaifocus.com/a')).toMatchObject({ outletId: OUTLETS[1]?.id, sourceKind: 'social' });
  });

  it('does not take a look-alike host for a known one', () => {
    expect(read('https://evilthairath.co.th/a')).toMatchObject({ sourceKind: null, outletName: '' });
    expect(read('https://thairath.co.th.example.com/a')).toMatchObject({ sourceKind: null });
  });

  it('leaves an unknown site unguessed, an IDN host in punycode', () => {
    const entry = read('https://ข่าวสงขลา.com/ข่าว/1');
    expect(entry.sourceKind).toBeNull();
    expect(entry.url).toMatch(/^https:\/\/xn--/);
  });
});

describe('readQuickEntry: refused links', () => {
  it.each(['javascript:alert(1)', 'JavaScript:alert(document.cookie)', 'java\u0000script:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'vbscript:msgbox'])(
    'never keeps %s',
    (link) => {
      const entry = read(`ข่าวด่วน\n${link}`);
      expect(entry.url).toBe('');
      expect(entry.refusedLinks).toBe(1);
      expect(entry.headline).toBe('ข่าวด่วน');
    },
  );

  it('takes the web link after a refused one, and is not fooled by "Source:Reuters" or a time 14:30', () => {
    const entry = read('Source:Reuters เวลา 14:30 javascript:x https://www.bangkokpost.com/a');
    expect(entry).toMatchObject({ url: 'https://www.bangkokpost.com/a', refusedLinks: 1 });
  });
});

describe('readQuickEntry: headline, summary and date', () => {
  it('reads a LINE message: headline from the first line with words, the link, the date in พ.ศ. and time', () => {
    const entry = read('📢📢\nhttps://www.thairath.co.th/news/local/1\nชาวบ้านร้องถนนพังนาน 3 เดือน ไม่มีใครซ่อม\nเผยแพร่ 7 ธ.ค. 2569 เวลา 08.45 น.');
    expect(entry).toMatchObject({
      headline: 'ชาวบ้านร้องถนนพังนาน 3 เดือน ไม่มีใครซ่อม',
      sourceKind: 'online',
      publishedAt: '2026-12-07T08:45',
      dateFromText: true,
    });
    expect(entry.summary).toContain('ชาวบ้านร้องถนนพัง');
  });

  it.each([
    ['7 ธ.ค. 2569', '2026-12-07'],
    ['7 ธันวาคม 2569', '2026-12-07'],
    ['07/12/2569', '2026-12-07'],
    ['๗ ธ.ค. ๒๕๖๙', '2026-12-07'],
    ['5 ธ.ค. พ.ศ. 2569', '2026-12-05'],
    ['3 ธ.ค. 69', '2026-12-03'],
    ['Dec news 01/12/2026', '2026-12-01'],
  ])('reads the date "%s"', (date, iso) => {
    expect(read(`ข่าว ${date}`)).toMatchObject({ publishedAt: `${iso}T00:00`, dateFromText: true });
  });

  it('skips a date after today (an event announced) and an impossible date; none: now', () => {
    expect(read('งานกาชาดจัด 20 ธ.ค. 2569 แถลงเมื่อ 6 ธ.ค. 2569')).toMatchObject({ publishedAt: '2026-12-06T00:00' });
    expect(read('31/02/2569 ข่าว')).toMatchObject({ publishedAt: NOW, dateFromText: false });
    expect(read('ไม่มีวันที่')).toMatchObject({ publishedAt: NOW, dateFromText: false });
  });

  it('a bare link: no headline, no summary', () => {
    expect(read('  https://www.dailynews.co.th/news/1  ')).toMatchObject({ headline: '', summary: '' });
  });

  it('drops control characters and bidi overrides from headline and summary', () => {
    const entry = read('ข่าว\u202Eเท็จ\u0007\u200B ทดสอบ\r\nบรรทัดสอง');
    expect(entry.headline).toBe('ข่าวเท็จ ทดสอบ');
    expect(entry.summary).toBe('ข่าวเท็จ ทดสอบ\nบรรทัดสอง');
  });

  it('empty or blank paste: nothing but now', () => {
    expect(read('')).toMatchObject({ url: '', headline: '', summary: '', sourceKind: null, publishedAt: NOW, refusedLinks: 0 });
    expect(read(' \n\t \n')).toMatchObject({ headline: '' });
  });

  it('a huge paste is cut: fast, headline and summary within the form’s limits', () => {
    const huge = `${'ก'.repeat(3_000)}\n${'ข่าว https://x.com/a 7 ธ.ค. 2569 '.repeat(200_000)}`;
    const started = performance.now();
    const entry = read(huge);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(entry.headline.length).toBe(500);
    expect(entry.summary.length).toBeLessThanOrEqual(5_000);
    expect(MAX_PASTE).toBe(20_000);
  });

  it('never guesses the tone (a person chooses it)', () => {
    expect(read('ข่าวดีมาก ประชาชนชื่นชม')).not.toHaveProperty('tone');
  });
});
