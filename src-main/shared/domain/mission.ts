import { z } from 'zod';
import { WORK_GROUPS } from './staff';
import { thaiText } from './validation';
import { WORK_LINK_MODULES } from './work-link';

/** One yearly target of a mission (ตัวชี้วัด): "ข่าวประชาสัมพันธ์ 1,200 ข่าว". */
export const missionTargetSchema = z.object({
  name: thaiText({ min: 1, max: 300 }),
  /** The amount aimed for in a fiscal year, e.g. 1200; 0 when the target is not a count. */
  amount: z.number({ message: 'validation.number' }).int().min(0).max(10_000_000),
  unit: thaiText({ max: 40 }),
  /**
   * Which kind of work the target counts ('press': releases published, 'task': tasks finished),
   * so the report sets the actual beside it; null or absent (targets written before) for a
   * target the office reports by hand.
   */
  counts: z.enum(WORK_LINK_MODULES).nullable().optional(),
});
export type MissionTarget = z.infer<typeof missionTargetSchema>;

/**
 * ภารกิจ: one of the office's standing missions. Every piece of work serves one, and the
 * half-year report is written per mission.
 */
export const missionSchema = z.object({
  /** Number as the office's mission statement lists it (1–10 for the standard ones). */
  no: z.number({ message: 'validation.number' }).int().min(1).max(999),
  /** Position in the list; the user reorders missions by changing it. */
  order: z.number().finite(),
  title: thaiText({ min: 1, max: 500 }),
  description: thaiText({ max: 5_000 }),
  workGroup: z.enum(WORK_GROUPS, { message: 'validation.required' }),
  targets: z.array(missionTargetSchema).max(30),
  /** Plans the mission serves: "แผนประชาสัมพันธ์แห่งชาติ …", "แผนพัฒนาจังหวัดสงขลา …". */
  planLinks: z.array(thaiText({ min: 1, max: 300 })).max(20),
  archived: z.boolean(),
});
export type Mission = z.infer<typeof missionSchema>;
