import type { Attendance } from '../../../../src-main/shared/domain/internship';

export type CellValue = Pick<Attendance, 'kind' | 'checkIn' | 'checkOut' | 'overnight'>;

const TIME = /^(\d{1,2})[.:](\d{2})$/;

function toClock(text: string): string | null {
  const match = TIME.exec(text.trim()) ?? /^(\d{1,2})(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const h = Number(match[1]);
  const m = Number(match[2]);
  if (h > 23 || m > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * What staff type into one cell of the weekly grid, read the way they write it on paper:
 * "8.30-16.30" (or 08:30–16:30, 0830-1630), "+" at the end when check-out is the next day,
 * "ลา" leave, "ขาด" absent, "หยุด" holiday; empty for no record. Thai digits are accepted.
 * Returns null for an empty cell and 'invalid' for text it cannot read.
 */
export function parseAttendanceCell(raw: string): CellValue | null | 'invalid' {
  const text = raw
    .replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50))
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, '')
    .trim();
  if (text === '') return null;
  if (text === 'ลา' || text === 'ล') return { kind: 'leave', checkIn: null, checkOut: null, overnight: false };
  if (text === 'ขาด' || text === 'ข') return { kind: 'absent', checkIn: null, checkOut: null, overnight: false };
  if (text === 'หยุด' || text === 'ห') return { kind: 'holiday', checkIn: null, checkOut: null, overnight: false };
  const overnight = text.endsWith('+');
  const [inText, outText, ...rest] = (overnight ? text.slice(0, -1) : text).split('-');
  if (rest.length > 0 || inText === undefined || outText === undefined) return 'invalid';
  const checkIn = toClock(inText);
  const checkOut = toClock(outText);
  if (!checkIn || !checkOut) return 'invalid';
  return { kind: 'present', checkIn, checkOut, overnight };
}

/** The cell text for a stored day (the inverse of parseAttendanceCell). */
export function formatAttendanceCell(day: CellValue | undefined): string {
  if (!day) return '';
  switch (day.kind) {
    case 'leave':
      return 'ลา';
    case 'absent':
      return 'ขาด';
    case 'holiday':
      return 'หยุด';
    case 'present':
      return `${day.checkIn ?? ''}-${day.checkOut ?? ''}${day.overnight ? '+' : ''}`;
  }
}

/** The lunch hour (12.00–13.00) comes off a day that spans it; other days have no break. */
export function defaultBreakMinutes(cell: CellValue): number {
  if (cell.kind !== 'present' || cell.overnight || !cell.checkIn || !cell.checkOut) return 0;
  return cell.checkIn <= '12:00' && cell.checkOut >= '13:00' ? 60 : 0;
}

/** Monday of the week containing `iso`, and the seven days from it. */
export function weekOf(iso: string): string[] {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1));
  const monday = new Date(date);
  monday.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return Array.from({ length: 7 }, (_, i) => new Date(monday.getTime() + i * 86_400_000).toISOString().slice(0, 10));
}
