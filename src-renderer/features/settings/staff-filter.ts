import type { StaffRecord } from '../../data';
import { staffDisplayName, type WorkGroup } from '../../../src-main/shared/domain/staff';

export type StaffStatusFilter = 'active' | 'all' | 'archived';
export type StaffSort = 'name' | 'workGroup' | 'updated';

export interface StaffQuery {
  search: string;
  workGroup: WorkGroup | null;
  status: StaffStatusFilter;
  sort: StaffSort;
}

/**
 * Filters and sorts the directory in memory: an office has tens to hundreds of staff, and
 * Thai collation (`localeCompare('th')`) orders names the way a Thai reader expects.
 */
export function filterStaff(all: readonly StaffRecord[], query: StaffQuery): StaffRecord[] {
  const needle = query.search.trim().toLocaleLowerCase('th');
  const rows = all.filter((s) => {
    if (query.status === 'active' && (s.deleted || !s.active)) return false;
    if (query.status === 'archived' && !s.deleted) return false;
    if (query.workGroup && s.workGroup !== query.workGroup) return false;
    if (!needle) return true;
    return [staffDisplayName(s), s.position, s.phone, s.email].some((v) => v.toLocaleLowerCase('th').includes(needle));
  });
  const byName = (a: StaffRecord, b: StaffRecord) =>
    a.firstName.localeCompare(b.firstName, 'th') || a.lastName.localeCompare(b.lastName, 'th');
  if (query.sort === 'name') rows.sort(byName);
  if (query.sort === 'workGroup') rows.sort((a, b) => a.workGroup.localeCompare(b.workGroup) || byName(a, b));
  if (query.sort === 'updated') rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return rows;
}
