import { z } from 'zod';
import { BREACH_RISKS, dataBreachSchema, type DataBreach } from '../../../../src-main/shared/domain/data-breach';
import { isoDate, thaiText } from '../../../../src-main/shared/domain/validation';
import { DATA_CATEGORIES } from '../../../../src-main/shared/pdpa/personal-fields';

/**
 * The breach form: what the person at the desk types (a day in พ.ศ. and a clock time, Bangkok),
 * turned into the record's instant. The 72 hours run from that instant, so it is asked for
 * explicitly rather than taken from when the form was saved.
 */
export const breachFormSchema = z.object({
  discoveredDate: isoDate(),
  discoveredTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.time' }),
  title: thaiText({ min: 1, max: 300 }),
  description: thaiText({ min: 1, max: 5_000 }),
  categories: z.array(z.enum(DATA_CATEGORIES)),
  peopleAffected: z.number({ message: 'validation.number' }).int().min(0).max(100_000_000).nullable(),
  risk: z.enum(BREACH_RISKS, { message: 'validation.required' }),
  measures: thaiText({ max: 5_000 }),
});
export type BreachForm = z.infer<typeof breachFormSchema>;

/** A Bangkok wall-clock day and time as an instant (Thailand keeps UTC+7 all year). */
export function bangkokInstant(date: string, time: string): string {
  return `${date}T${time}:00+07:00`;
}

/** The record's day and time in Bangkok, for editing. */
export function bangkokParts(instant: string): { date: string; time: string } {
  const shifted = new Date(Date.parse(instant) + 7 * 3_600_000).toISOString();
  return { date: shifted.slice(0, 10), time: shifted.slice(11, 16) };
}

export function breachFromForm(form: BreachForm, rest: Pick<DataBreach, 'regulatorNotifiedAt' | 'subjectsNotifiedAt' | 'status' | 'reportedBy'>): DataBreach {
  const { discoveredDate, discoveredTime, ...fields } = form;
  return dataBreachSchema.parse({ ...fields, ...rest, discoveredAt: bangkokInstant(discoveredDate, discoveredTime) });
}

export function formFromBreach(breach: DataBreach): BreachForm {
  const { date, time } = bangkokParts(breach.discoveredAt);
  const { title, description, categories, peopleAffected, risk, measures } = breach;
  return { discoveredDate: date, discoveredTime: time, title, description, categories, peopleAffected, risk, measures };
}
