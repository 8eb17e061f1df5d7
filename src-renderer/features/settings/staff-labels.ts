import type { TFunction } from 'i18next';
import { STAFF_ROLES, WORK_GROUPS } from '../../../src-main/shared/domain/staff';
import { formatThaiDateLong } from '../../../src-main/shared/text/thai-date';

export function staffFieldLabel(t: TFunction) {
  return (field: string) => t(`staff.fields.${field}`, { defaultValue: field });
}

/** Work groups and roles are stored as codes; history and lists show their names. */
export function formatStaffValue(t: TFunction) {
  return (field: string, value: unknown): string | undefined => {
    if (field === 'workGroup' && WORK_GROUPS.includes(value as never)) return t(`workGroups.${String(value)}`);
    if (field === 'role' && STAFF_ROLES.includes(value as never)) return t(`roles.${String(value)}`);
    if (field === 'startDate' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatThaiDateLong(value);
    return undefined;
  };
}
