import { z } from 'zod';
import { isoDate, thaiText } from './validation';

/**
 * Kinds of work that can be attached to a mission or task. A service request and the release
 * written from it are two kinds, and a press conference is not a briefing document: the mission
 * report counts each kind once. 'press-request' and 'conference' came later; links written
 * before them carry 'press' and 'briefing' and are told apart by the record they point at
 * (see mission-work.ts in the missions feature).
 */
export const WORK_LINK_MODULES = [
  'task',
  'press-request',
  'press',
  'briefing',
  'conference',
  'internship',
  'survey',
  'document',
  'other',
  'complaint',
] as const;
export type WorkLinkModule = (typeof WORK_LINK_MODULES)[number];

/**
 * The module a kind's links were written under before the kind existed: a service request was
 * linked as 'press', a conference as 'briefing'. Reading a record's link looks under both;
 * linking it again rewrites the old link to the new kind.
 */
export const EARLIER_LINK_MODULE: Partial<Record<WorkLinkModule, WorkLinkModule>> = { 'press-request': 'press', conference: 'briefing' };

/** The modules a record's link may be stored under: its own, and the one it had before. */
export function linkModulesOf(module: WorkLinkModule): WorkLinkModule[] {
  const earlier = EARLIER_LINK_MODULE[module];
  return earlier ? [module, earlier] : [module];
}

/** Thai module names as reports print them. */
export const WORK_LINK_MODULE_LABELS: Record<WorkLinkModule, string> = {
  task: 'งาน',
  'press-request': 'คำขอรับบริการข่าวสาร',
  press: 'ข่าวประชาสัมพันธ์',
  briefing: 'เอกสารงานโฆษก',
  conference: 'การแถลงข่าว',
  internship: 'การฝึกงาน',
  survey: 'แบบสำรวจ',
  document: 'หนังสือ/เอกสาร',
  other: 'อื่น ๆ',
  complaint: 'เรื่องร้องเรียน',
};

/**
 * "This record was work under that mission (and task)". A record of its own, so any module
 * links its work without changing the mission, and a report counts real work, not retyping.
 * `title` and `date` are copied at link time so the report still reads if the source changes.
 */
export const workLinkSchema = z.object({
  missionId: z.string().uuid(),
  taskId: z.string().uuid().nullable(),
  module: z.enum(WORK_LINK_MODULES),
  /** Id of the linked record in its module, or null for an entry typed by hand. */
  recordId: z.string().max(64).nullable(),
  title: thaiText({ min: 1, max: 500 }),
  /** The day the work happened (ISO), used to place it in a fiscal half-year. */
  date: isoDate(),
});
export type WorkLink = z.infer<typeof workLinkSchema>;
