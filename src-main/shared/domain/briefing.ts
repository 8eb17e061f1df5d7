import { z } from 'zod';
import { SECRECY_LEVELS, URGENCY_LEVELS } from '../pdf/document-parts';
import { BRIEFING_STATUSES, briefingWorkflow, nextBriefingStatus, type BriefingStatus } from './briefing-workflow';
import { attachmentSchema } from './task';
import { isoDate, optionalWallClockDateTime, thaiText } from './validation';

/**
 * Spokesperson briefings (เอกสารประกอบการแถลงข่าว / ประเด็นการให้สัมภาษณ์): what the director or
 * the governor reads before and during a press conference. One core message first, up to three
 * key messages with proof points, sourced facts, anticipated questions with bridging lines.
 */

export { BRIEFING_STATUSES, type BriefingStatus };

export const BRIEFING_STATUS_LABELS: Record<BriefingStatus, string> = {
  draft: 'ร่าง',
  review: 'ตรวจทาน',
  approved: 'อนุมัติ',
  used: 'ใช้แล้ว',
};

/** A core message the director can say in one breath; longer still saves, with a warning. */
export const CORE_MESSAGE_GUIDE_CHARS = 150;
export const MAX_KEY_MESSAGES = 3;

const line = (max: number, min = 0) => thaiText({ min, max });

export const keyMessageSchema = z.object({
  text: line(500, 1),
  proofPoints: z.array(line(500, 1)).max(10),
});
export type KeyMessage = z.infer<typeof keyMessageSchema>;

/** A fact or figure and where it came from, as of when ("ปภ.จังหวัด ณ 06:00 น."). */
export const briefingFactSchema = z.object({
  statement: line(500, 1),
  source: line(200, 1),
  /** Local date-time `YYYY-MM-DDTHH:mm`, or '' when the source gives none. */
  asOf: optionalWallClockDateTime(),
});
export type BriefingFact = z.infer<typeof briefingFactSchema>;

export const briefingQaSchema = z.object({
  question: line(1_000, 1),
  answer: line(3_000, 1),
  /** สะพานเชื่อม: the line that brings the answer back to the core message. */
  bridge: line(500),
  hostile: z.boolean(),
  /** Copied from the Q&A bank: which item and which of its versions. */
  bankItemId: z.string().max(64).nullable(),
  bankVersion: z.number().int().min(1).nullable(),
});
export type BriefingQa = z.infer<typeof briefingQaSchema>;

export const routingNoteSchema = z.object({ topic: line(200, 1), agency: line(200, 1) });
export const briefingContactSchema = z.object({ name: line(120, 1), role: line(200), phone: line(60) });
export type BriefingContact = z.infer<typeof briefingContactSchema>;
export const checklistItemSchema = z.object({ text: line(300, 1), done: z.boolean() });
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const briefingSchema = z.object({
  title: line(300, 1),
  occasion: line(300),
  audience: line(300),
  spokesperson: line(200),
  situation: line(5_000),
  background: line(5_000),
  coreMessage: line(1_000),
  keyMessages: z.array(keyMessageSchema).max(MAX_KEY_MESSAGES, { message: 'briefings.validation.tooManyKeyMessages' }),
  facts: z.array(briefingFactSchema).max(100),
  qas: z.array(briefingQaSchema).max(300),
  doNotSay: line(3_000),
  routingNotes: z.array(routingNoteSchema).max(50),
  contacts: z.array(briefingContactSchema).max(50),
  /**
   * Free-text references typed before releases could be linked. Kept readable as they are;
   * new links go to `relatedReleaseIds`.
   */
  relatedReleases: z.array(line(300, 1)).max(30),
  /** Linked press releases (`pressReleases` ids). Older records have none: defaults to []. */
  relatedReleaseIds: z.array(z.string().max(64)).max(30).default([]),
  /** Files kept as content-addressed blobs (data/blobs.ts); they sync with the briefing. */
  attachments: z.array(attachmentSchema).max(30).default([]),
  urgency: z.enum(URGENCY_LEVELS),
  secrecy: z.enum(SECRECY_LEVELS),
  status: z.enum(BRIEFING_STATUSES),
  version: z.number().int().min(1).max(999),
  /** Who moved it into each status and when (staff display name, ISO instant). */
  reviewedBy: line(200),
  reviewedAt: z.string().max(40),
  approvedBy: line(200),
  approvedAt: z.string().max(40),
  /** The approver's staff id and position at approval (issue 19); '' on older briefings. */
  approvedById: z.string().max(64).default(''),
  approvedByPosition: line(200).default(''),
  usedAt: z.string().max(40),
  /** Urgent mode: which crisis template it started from, the first-48-hours list, the holding statement. */
  crisisKind: z.string().max(40).nullable(),
  checklist: z.array(checklistItemSchema).max(60),
  holdingStatement: line(3_000),
  /** The briefing's date (printed in พ.ศ.). */
  date: isoDate(),
});
export type Briefing = z.infer<typeof briefingSchema>;

/** A frozen copy of a briefing at a version, kept when a new version is started (visible diff). */
export const briefingVersionSchema = z.object({
  briefingId: z.string().max(64),
  version: z.number().int().min(1),
  snapshot: briefingSchema,
});
export type BriefingVersion = z.infer<typeof briefingVersionSchema>;

export function emptyBriefing(date: string): Briefing {
  return {
    title: '',
    occasion: '',
    audience: '',
    spokesperson: '',
    situation: '',
    background: '',
    coreMessage: '',
    keyMessages: [],
    facts: [],
    qas: [],
    doNotSay: '',
    routingNotes: [],
    contacts: [],
    relatedReleases: [],
    relatedReleaseIds: [],
    attachments: [],
    urgency: 'normal',
    secrecy: 'none',
    status: 'draft',
    version: 1,
    reviewedBy: '',
    reviewedAt: '',
    approvedBy: '',
    approvedAt: '',
    approvedById: '',
    approvedByPosition: '',
    usedAt: '',
    crisisKind: null,
    checklist: [],
    holdingStatement: '',
    date,
  };
}

/** Why a briefing cannot be approved yet, as i18n keys; empty when it can. */
export function approvalProblems(briefing: Pick<Briefing, 'coreMessage' | 'title'>): string[] {
  const problems: string[] = [];
  if (briefing.title.trim() === '') problems.push('briefings.validation.approveNoTitle');
  if (briefing.coreMessage.trim() === '') problems.push('briefings.validation.approveNoCoreMessage');
  return problems;
}

export type CoreMessageLength = 'ok' | 'long';

/** The length guide under the core message: a counter that turns to a warning past the guide. */
export function coreMessageLength(text: string): { chars: number; level: CoreMessageLength } {
  const chars = [...text.trim()].length;
  return { chars, level: chars > CORE_MESSAGE_GUIDE_CHARS ? 'long' : 'ok' };
}

/**
 * The fields a status change writes. Approving records who and when; an approved or used
 * briefing that is edited becomes a new draft version (see `startNewVersion`).
 */
export function advanceStatus(
  briefing: Briefing,
  actorName: string,
  nowIso: string,
  approver: { id: string; position: string } = { id: '', position: '' },
): { ok: true; patch: Partial<Briefing> } | { ok: false; problems: string[] } {
  const next = nextBriefingStatus(briefing.status);
  if (next === null) return { ok: false, problems: ['briefings.validation.alreadyUsed'] };
  if (next === 'approved') {
    const problems = approvalProblems(briefing);
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, patch: { status: next, approvedBy: actorName, approvedAt: nowIso, approvedById: approver.id, approvedByPosition: approver.position } };
  }
  if (next === 'review') return { ok: true, patch: { status: next, reviewedBy: actorName, reviewedAt: nowIso } };
  return { ok: true, patch: { status: next, usedAt: nowIso } };
}

/**
 * The next version's fields: back to draft, approval cleared, version + 1. Only an approved or
 * used briefing has a next version (briefing-workflow.ts); a draft or one in review throws.
 */
export function startNewVersion(briefing: Briefing): Partial<Briefing> {
  briefingWorkflow.assertMove(briefing.status, 'draft');
  return {
    status: 'draft',
    version: briefing.version + 1,
    reviewedBy: '',
    reviewedAt: '',
    approvedBy: '',
    approvedAt: '',
    approvedById: '',
    approvedByPosition: '',
    usedAt: '',
  };
}
