import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n, setTextDigits } from '.';

describe('numbers put into texts', () => {
  beforeAll(async () => {
    // initI18n marks the page's language; Node has no document.
    (globalThis as { document?: unknown }).document ??= { documentElement: {} };
    await initI18n('th', { th: { year: 'ปีงบประมาณ {{year}} มี {{count}} งาน', room: 'ห้อง {{name}}', missing: 'ค่า {{none}}' }, en: {} });
  });

  it("follow the office's digits (issue 21: a screen mixed ๒๕๖๙ and 2569), strings as they are", () => {
    setTextDigits(false);
    expect(i18next.t('year', { year: 2570, count: 12 })).toBe('ปีงบประมาณ 2570 มี 12 งาน');
    setTextDigits(true);
    expect(i18next.t('year', { year: 2570, count: 12 })).toBe('ปีงบประมาณ ๒๕๗๐ มี ๑๒ งาน');
    // A name or a figure already formatted is not touched; a missing value stays missing.
    expect(i18next.t('room', { name: 'ประชุม 2' })).toBe('ห้อง ประชุม 2');
    expect(i18next.t('missing')).toBe('ค่า {{none}}');
    setTextDigits(false);
  });

  it('tells react-i18next to draw the texts again when the setting changes', () => {
    let heard = 0;
    const listener = () => void heard++;
    i18next.on('digitsChanged', listener);
    setTextDigits(true);
    setTextDigits(true);
    setTextDigits(false);
    i18next.off('digitsChanged', listener);
    expect(heard).toBe(2);
  });
});
