import { z } from 'zod';
import { isoDate, thaiText } from './validation';

/** Modules whose records can be attached to a mission or task. */
export const WORK_LINK_MODULES = ['task', 'press', 'briefing', 'internship', 'survey', 'document', 'other', 'complaint'] as const;
export type WorkLinkModule = (typeof WORK_LINK_MODULES)[number];

/** Thai module names as reports print them. */
export const WORK_LINK_MODULE_LABELS: Record<WorkLinkModule, string> = {
  task: 'งาน',
  press: 'ข่าวประชาสัมพันธ์',
  briefing: 'เอกสารงานโฆษก',
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
