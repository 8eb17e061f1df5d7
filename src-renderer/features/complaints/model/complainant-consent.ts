import { COMPLAINANT_FIELDS, type Complaint } from '../../../../src-main/shared/domain/complaint';

/** Without consent nothing identifying is kept, whatever was typed before the box was cleared. */
export function withoutPersonalDataUnlessConsented<T extends Pick<Complaint, 'consent' | (typeof COMPLAINANT_FIELDS)[number]>>(values: T): T {
  if (values.consent) return values;
  const copy = { ...values };
  for (const field of COMPLAINANT_FIELDS) copy[field] = '';
  return copy;
}
