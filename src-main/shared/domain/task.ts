import { z } from 'zod';
import { WORK_GROUPS } from './staff';
import { isoDate as isoDateField, thaiText } from './validation';

export const TASK_STATUSES = ['pending', 'in-progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Thai status names, used by printed reports and spreadsheets whatever the UI language. */
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  pending: 'รอดำเนินการ',
  'in-progress': 'กำลังดำเนินการ',
  done: 'เสร็จสิ้น',
  cancelled: 'ยกเลิก',
};

export const TASK_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

const isoDate = isoDateField();

export const checklistItemSchema = z.object({
  id: z.string().min(1).max(64),
  text: thaiText({ min: 1, max: 500 }),
  done: z.boolean(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

/** A file kept in the blobs table (content-addressed), so it syncs like other attachments. */
export const attachmentSchema = z.object({
  blobId: z.string().regex(/^[0-9a-f]{64}$/),
  name: thaiText({ min: 1, max: 255 }),
  mime: z.string().max(120),
  size: z.number().int().min(0),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** Repeats such as "every Monday's radio programme": the next one appears when this one is done. */
export const RECURRENCES = ['none', 'daily', 'weekly', 'monthly'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

export const taskFieldsSchema = z.object({
  missionId: z.string({ message: 'validation.required' }).uuid({ message: 'validation.required' }),
  /** The task this one is a sub-task of; its progress rolls up into the parent's. */
  parentId: z.string().uuid().nullable(),
  title: thaiText({ min: 1, max: 300 }),
  details: thaiText({ max: 10_000 }),
  /** Staff ids. */
  assigneeIds: z.array(z.string().uuid()).max(50),
  workGroup: z.enum(WORK_GROUPS, { message: 'validation.required' }),
  startDate: isoDate.nullable(),
  dueDate: isoDate.nullable(),
  priority: z.enum(TASK_PRIORITIES),
  status: z.enum(TASK_STATUSES),
  /** Percent done, 0–100, as the assignee reports it (sub-tasks roll up instead). */
  progress: z.number({ message: 'validation.number' }).int().min(0).max(100),
  /** The day it was finished (set when status becomes done): reports place work by it. */
  completedOn: isoDate.nullable(),
  checklist: z.array(checklistItemSchema).max(200),
  attachments: z.array(attachmentSchema).max(50),
  recurrence: z.enum(RECURRENCES),
});

/** A task (งาน) under a mission. */
export const taskSchema = taskFieldsSchema.refine(
  (task) => !task.startDate || !task.dueDate || task.dueDate >= task.startDate,
  { message: 'validation.dueBeforeStart', path: ['dueDate'] },
);
export type Task = z.infer<typeof taskSchema>;

/** A comment on a task, one record each so two people commenting at once both keep theirs. */
export const taskCommentSchema = z.object({
  taskId: z.string().uuid(),
  text: thaiText({ min: 1, max: 5_000 }),
});
export type TaskComment = z.infer<typeof taskCommentSchema>;
