import { formatComplaintNumber } from '../../../../src-main/shared/domain/complaint-number';
import { staffDisplayName } from '../../../../src-main/shared/domain/staff';

type Row = Record<string, unknown>;
const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** How a record of `table` is named to a person reading about it (a mentor, an institution, a complaint); `complainant: false` leaves a complainant's name out. */
export function recordName(table: string, row: Row, { complainant = true }: { complainant?: boolean } = {}): string {
  switch (table) {
    case 'staff':
    case 'interns':
    case 'mediaContacts':
      return staffDisplayName({ title: str(row.title), firstName: str(row.firstName), lastName: str(row.lastName) });
    case 'complaints':
      // The complainant's name only for those who may see it (canSeeComplainant).
      return `เรื่องร้องเรียนเลขที่ ${formatComplaintNumber(Number(row.seq), Number(row.yearBE))}${complainant && row.complainantName ? ` (${str(row.complainantName)})` : ''}`;
    case 'pressReleases':
      return str(row.headline);
    case 'missions':
    case 'tasks':
    case 'surveys':
    case 'pressRequests':
      return str(row.title);
    default:
      return str(row.name) || str(row.title);
  }
}

export const nameKey = (table: string, id: string) => `${table}\u0000${id}`;
