import { z } from 'zod';
import { WORK_GROUPS } from './staff';
import { isoDate, thaiText } from './validation';

/** One item of an institution's evaluation form, scored 0..maxScore by the mentor. */
export const evaluationCriterionSchema = z.object({
  id: z.string().min(1).max(64),
  name: thaiText({ min: 1, max: 300 }),
  maxScore: z.number({ message: 'validation.number' }).int().min(1).max(100),
});
export type EvaluationCriterion = z.infer<typeof evaluationCriterionSchema>;

/** The evaluation form most Thai universities send (offices edit it per institution). */
export const DEFAULT_CRITERIA: readonly EvaluationCriterion[] = [
  { id: 'discipline', name: 'ความรับผิดชอบและการตรงต่อเวลา', maxScore: 5 },
  { id: 'knowledge', name: 'ความรู้ความสามารถทางวิชาการ', maxScore: 5 },
  { id: 'skill', name: 'ทักษะการปฏิบัติงานประชาสัมพันธ์', maxScore: 5 },
  { id: 'learning', name: 'ความกระตือรือร้นในการเรียนรู้', maxScore: 5 },
  { id: 'teamwork', name: 'การทำงานร่วมกับผู้อื่น', maxScore: 5 },
  { id: 'manner', name: 'บุคลิกภาพและมารยาท', maxScore: 5 },
];

/** สถานศึกษา */
export const institutionSchema = z.object({
  name: thaiText({ min: 1, max: 200 }),
  faculty: thaiText({ max: 200 }),
  coordinatorName: thaiText({ max: 120 }),
  coordinatorPhone: z.string().trim().max(60),
  coordinatorEmail: z.union([z.literal(''), z.string().trim().email({ message: 'validation.email' })]),
  requiredHours: z.number({ message: 'validation.number' }).int().min(0).max(5_000),
  criteria: z.array(evaluationCriterionSchema).min(1, { message: 'validation.required' }).max(50),
});
export type Institution = z.infer<typeof institutionSchema>;

export const INTERN_STATUSES = ['applied', 'accepted', 'active', 'completed', 'cancelled'] as const;
export type InternStatus = (typeof INTERN_STATUSES)[number];

export const INTERN_STATUS_LABELS: Record<InternStatus, string> = {
  applied: 'ยื่นคำขอ',
  accepted: 'ตอบรับ',
  active: 'กำลังฝึก',
  completed: 'จบการฝึก',
  cancelled: 'ยกเลิก',
};

export const internFieldsSchema = z.object({
  title: thaiText({ max: 40 }),
  firstName: thaiText({ min: 1, max: 80 }),
  lastName: thaiText({ min: 1, max: 80 }),
  firstNameEn: z.string().trim().max(80),
  lastNameEn: z.string().trim().max(80),
  studentId: z.string().trim().min(1, { message: 'validation.required' }).max(30).regex(/^[0-9A-Za-z\-/.]+$/, { message: 'validation.studentId' }),
  institutionId: z.string({ message: 'validation.required' }).uuid({ message: 'validation.required' }),
  programme: thaiText({ max: 200 }),
  phone: z.string().trim().max(60),
  email: z.union([z.literal(''), z.string().trim().email({ message: 'validation.email' })]),
  emergencyContact: thaiText({ max: 200 }),
  startDate: isoDate(),
  endDate: isoDate(),
  requiredHours: z.number({ message: 'validation.number' }).int().min(0).max(5_000),
  mentorId: z.string().uuid().nullable(),
  /**
   * The intern's own sign-in (a staff record with the role intern), so that they see their own
   * internship record, attendance and work log and nobody else's (shared/auth/read-rules.ts).
   * Optional: records from before sign-in have none.
   */
  staffId: z.string().max(64).nullable().optional(),
  workGroup: z.enum(WORK_GROUPS),
  status: z.enum(INTERN_STATUSES),
  /** Content address of the photo in the blobs table. */
  photoBlobId: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  /** Set when the personal data was erased at the end of retention (PDPA); the rest stays for statistics. */
  erasedAt: z.string().nullable(),
});

/** นักศึกษาฝึกงาน */
export const internSchema = internFieldsSchema.refine((i) => i.endDate >= i.startDate, {
  message: 'validation.endBeforeStart',
  path: ['endDate'],
});
export type Intern = z.infer<typeof internSchema>;

export const ATTENDANCE_KINDS = ['present', 'leave', 'absent', 'holiday'] as const;
export type AttendanceKind = (typeof ATTENDANCE_KINDS)[number];

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'validation.time' });

/** One intern's day: in and out times, or leave/absence/holiday. One record per intern per day. */
export const attendanceSchema = z
  .object({
    internId: z.string().uuid(),
    date: isoDate(),
    kind: z.enum(ATTENDANCE_KINDS),
    checkIn: clock.nullable(),
    checkOut: clock.nullable(),
    /** Check-out is on the next day (a night broadcast or an event running past midnight). */
    overnight: z.boolean(),
    /** Unpaid break in minutes (lunch), taken off the day. */
    breakMinutes: z.number().int().min(0).max(600),
    note: thaiText({ max: 500 }),
  })
  .superRefine((a, ctx) => {
    if (a.kind !== 'present') return;
    if (!a.checkIn) ctx.addIssue({ code: 'custom', message: 'validation.required', path: ['checkIn'] });
    if (!a.checkOut) ctx.addIssue({ code: 'custom', message: 'validation.required', path: ['checkOut'] });
    if (a.checkIn && a.checkOut && !a.overnight && a.checkOut <= a.checkIn) {
      ctx.addIssue({ code: 'custom', message: 'validation.checkOutBeforeIn', path: ['checkOut'] });
    }
  });
export type Attendance = z.infer<typeof attendanceSchema>;

/** What the intern did on a day, approved by the mentor; may point to a mission task. */
export const workLogSchema = z.object({
  internId: z.string().uuid(),
  date: isoDate(),
  text: thaiText({ min: 1, max: 3_000 }),
  taskId: z.string().uuid().nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
});
export type WorkLog = z.infer<typeof workLogSchema>;

/** The mentor's evaluation on the institution's criteria (printed ลับ). */
export const internEvaluationSchema = z.object({
  internId: z.string().uuid(),
  evaluatorId: z.string().uuid().nullable(),
  date: isoDate(),
  scores: z
    .array(
      z.object({
        criterionId: z.string().min(1).max(64),
        score: z.number({ message: 'validation.number' }).min(0).max(100),
        comment: thaiText({ max: 1_000 }),
      }),
    )
    .max(50),
  overallComment: thaiText({ max: 3_000 }),
});
export type InternEvaluation = z.infer<typeof internEvaluationSchema>;
