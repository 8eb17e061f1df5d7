import { v5 as uuidv5 } from 'uuid';
import { z } from 'zod';
import { thaiText, wallClockDateTime } from './validation';

/** การแถลงข่าว: when, where, who speaks, which media were invited and came, what follows. */
export const attendanceStatuses = ['invited', 'attended', 'absent'] as const;
export type ConferenceAttendance = (typeof attendanceStatuses)[number];

export const conferenceInviteeSchema = z.object({
  contactId: z.string().max(64),
  /** Copied when invited, so the record still reads if the contact changes. */
  name: thaiText({ min: 1, max: 200 }),
  outletName: thaiText({ max: 200 }),
  status: z.enum(attendanceStatuses),
});
export type ConferenceInvitee = z.infer<typeof conferenceInviteeSchema>;

export const pressConferenceSchema = z.object({
  title: thaiText({ min: 1, max: 300 }),
  /** Local `YYYY-MM-DDTHH:mm`. */
  startsAt: wallClockDateTime(),
  venue: thaiText({ min: 1, max: 300 }),
  speakers: z.array(thaiText({ min: 1, max: 200 })).max(20),
  briefingIds: z.array(z.string().max(64)).max(50),
  invitees: z.array(conferenceInviteeSchema).max(2_000),
  /** Run sheet (กำหนดการ): "10:00 ประธานกล่าวเปิด" one per line. */
  runSheet: z.array(z.object({ time: z.string().max(10), item: thaiText({ min: 1, max: 300 }) })).max(60),
  followUps: z.array(z.object({ text: thaiText({ min: 1, max: 300 }), done: z.boolean() })).max(100),
  /** Free-text references typed before releases could be linked; shown as they are. */
  relatedReleases: z.array(thaiText({ min: 1, max: 300 })).max(30),
  /** Linked press releases (`pressReleases` ids). Older records have none: defaults to []. */
  relatedReleaseIds: z.array(z.string().max(64)).max(30).default([]),
});
export type PressConference = z.infer<typeof pressConferenceSchema>;

export const pressStatementSchema = z.object({
  conferenceId: z.string().max(64),
  number: z.number().int().min(1).max(999),
  title: thaiText({ min: 1, max: 300 }),
  body: thaiText({ min: 1, max: 10_000 }),
  issuedAt: z.string().max(40),
  issuedBy: thaiText({ max: 200 }),
});
export type PressStatement = z.infer<typeof pressStatementSchema>;

/**
 * แถลงการณ์ ฉบับที่ n is identified by its event and number, not by a random id. Workstations
 * sync by hand: if two of them each issue "ฉบับที่ 2" for the same conference, both records
 * carry the same id, so sync merges them into one record and keeps the losing text in the
 * conflicts list for someone to resolve — never two different statements under one number.
 */
export function statementId(conferenceId: string, number: number): string {
  // A name-based UUID (v5) under the conference's own id: same event and number, same id.
  return uuidv5(`statement/${number}`, conferenceId);
}

/** The next number in the event's sequence: one past the highest issued (gaps are not reused). */
export function nextStatementNumber(statements: readonly Pick<PressStatement, 'number'>[]): number {
  return statements.reduce((max, s) => Math.max(max, s.number), 0) + 1;
}

export function statementHeading(number: number): string {
  return `แถลงการณ์ ฉบับที่ ${number}`;
}
