import type { InternStatus } from '../../../src-main/shared/domain/internship';

/** Badge colours of the intern statuses, the same on the list and the intern's page. */
export const INTERN_STATUS_COLORS: Record<InternStatus, string> = { applied: 'gray', accepted: 'indigo', active: 'teal', completed: 'blue', cancelled: 'dark' };
