import { z } from 'zod';
import { attendanceStatuses, conferenceInviteeSchema, pressStatementSchema } from '../domain/press-conference';
import { thaiText } from '../domain/validation';
import { runSheetSchema } from './briefing';
import { letterheadSchema } from './document-parts';

/**
 * The two papers of a press conference (การแถลงข่าว), on the office's letterhead. Both open with
 * the conference as the run sheet names it: title, date and time, place and speakers.
 */
export const conferenceHeadingSchema = runSheetSchema.omit({ items: true });
export type ConferenceHeading = z.infer<typeof conferenceHeadingSchema>;

/** One แถลงการณ์ as issued: its number, title and text, when and by whom. */
export const printedStatementSchema = pressStatementSchema
  .pick({ number: true, title: true, body: true, issuedBy: true })
  .extend({ issuedAt: z.string().datetime() })
  .strict();
export type PrintedStatement = z.infer<typeof printedStatementSchema>;

/**
 * คำแถลงข่าว: every statement of the conference in number order. Statements have no draft
 * state (one is written and issued to the press by one button), so this paper is never ร่าง.
 */
export const conferenceStatementsDocumentSchema = z
  .object({
    kind: z.literal('conference-statements'),
    letterhead: letterheadSchema,
    conference: conferenceHeadingSchema,
    statements: z.array(printedStatementSchema).min(1).max(200),
  })
  .strict();
export type ConferenceStatementsDocument = z.infer<typeof conferenceStatementsDocumentSchema>;

/** An invited journalist as the sheet prints them; `position` is from the media contact, if any. */
export const printedAttendeeSchema = conferenceInviteeSchema
  .pick({ name: true, outletName: true })
  .extend({ position: thaiText({ max: 120 }), status: z.enum(attendanceStatuses) })
  .strict();
export type PrintedAttendee = z.infer<typeof printedAttendeeSchema>;

/** รายชื่อผู้เข้าร่วมแถลงข่าว: the media invited, in the order invited, to sign at the door. */
export const conferenceAttendanceDocumentSchema = z
  .object({
    kind: z.literal('conference-attendance'),
    letterhead: letterheadSchema,
    conference: conferenceHeadingSchema,
    attendees: z.array(printedAttendeeSchema).max(2_000),
  })
  .strict();
export type ConferenceAttendanceDocument = z.infer<typeof conferenceAttendanceDocumentSchema>;
