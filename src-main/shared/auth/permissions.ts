import type { StaffRole } from '../domain/staff';

/**
 * Who may do what (issue 19, DESIGN.md §8). One table, read by the data layer (a write that
 * breaks it is refused before it is stored or logged), by main's handlers (for what main does
 * itself: workspace administration, restore) and by the screens (to say why a button is off).
 * Hiding a button is never the check.
 */
export const ACTIONS = [
  /** อนุมัติข่าวประชาสัมพันธ์ */
  'release.approve',
  /** อนุมัติเอกสารชี้แจง (briefing) */
  'briefing.approve',
  /** เพิ่ม แก้ไข ปิดใช้บุคลากร และตั้ง/ล้างรหัส PIN ของผู้อื่น */
  'staff.manage',
  /** ตั้งค่าของสำนักงาน (ข้อมูลสำนักงาน เลขข่าว เรื่องร้องเรียน เวลาล็อกหน้าจอ) */
  'settings.edit',
  /** ลบข้อมูลส่วนบุคคลตาม PDPA และส่งออกข้อมูลของเจ้าของข้อมูล */
  'pdpa.erase',
  'pdpa.export',
  /** ตอบคำขอใช้สิทธิของเจ้าของข้อมูล และดูแลบันทึกเหตุละเมิด (แจ้ง สคส. ปิดเหตุ) */
  'pdpa.manage',
  /** รับ/ถอนเครื่องในโฟลเดอร์ซิงก์ เปลี่ยนรหัสผ่านของสำนักงาน */
  'workspace.admin',
  /** กู้คืนข้อมูลจากไฟล์สำรอง (แทนที่ข้อมูลทั้งเครื่อง) */
  'backup.restore',
  /** เห็นชื่อและช่องทางติดต่อของผู้ร้องเรียน */
  'complaint.viewIdentity',
  /** จัดทำและแก้ไขแผนประชาสัมพันธ์ (ประเด็น ตัวชี้วัด เป้าหมาย) */
  'plan.manage',
] as const;
export type Action = (typeof ACTIONS)[number];

const ROLE_RIGHTS: Record<Action, readonly StaffRole[]> = {
  'release.approve': ['director', 'deputy'],
  'briefing.approve': ['director', 'deputy'],
  'staff.manage': ['admin'],
  'settings.edit': ['admin', 'director'],
  'pdpa.erase': ['admin'],
  'pdpa.export': ['admin'],
  'pdpa.manage': ['admin', 'director', 'deputy'],
  'workspace.admin': ['admin'],
  'backup.restore': ['admin'],
  'complaint.viewIdentity': ['director', 'deputy'],
  // The head of the PR group drafts the plan; the director and deputy own it.
  'plan.manage': ['director', 'deputy', 'groupHead', 'admin'],
};

/** Whoever is signed in at a workstation, as the checks see them. */
export interface Actor {
  staffId: string;
  role: StaffRole;
}

/** Why an action is refused; each has a Thai sentence in the UI (permission.<reason>). */
export const DENIAL_REASONS = ['not-signed-in', 'role', 'own-work', 'not-mentor', 'other-staff', 'approver-mismatch', 'intern-scope'] as const;
export type DenialReason = (typeof DENIAL_REASONS)[number];

/** What a refusal names: a role right, a mentor's act, or any write at all. */
export type CheckedAction = Action | 'workLog.approve' | 'evaluation.sign' | 'record.write';

export type Decision = { allowed: true } | { allowed: false; reason: DenialReason; action: CheckedAction };

export const ALLOWED: Decision = { allowed: true };

export function deny(action: CheckedAction, reason: DenialReason): Decision {
  return { allowed: false, reason, action };
}

/** The roles that hold an action's right, for messages ("ต้องเป็น ผู้อำนวยการ หรือ รองผู้อำนวยการ"). */
export function rolesFor(action: Action): readonly StaffRole[] {
  return ROLE_RIGHTS[action];
}

/** Role check only (no record context): may this person do this kind of thing at all? */
export function can(actor: Actor | null, action: Action): Decision {
  if (!actor) return deny(action, 'not-signed-in');
  return ROLE_RIGHTS[action].includes(actor.role) ? ALLOWED : deny(action, 'role');
}

/**
 * Approving a piece of work: the role must hold the right, and nobody approves what they
 * wrote themselves (the record's author is `createdBy`, set once by the data layer).
 */
export function canApprove(actor: Actor | null, action: 'release.approve' | 'briefing.approve', authorId: string | undefined, actingForDirector = false): Decision {
  const byRole = can(actor, action);
  // รักษาราชการแทน: a dated delegation carries the director's approvals (acting-delegation.ts).
  if (!byRole.allowed && !(actingForDirector && byRole.reason === 'role' && actor?.role !== 'intern')) return byRole;
  if (actor && authorId && actor.staffId === authorId) return deny(action, 'own-work');
  return ALLOWED;
}

/** An intern's work log and evaluation belong to their assigned mentor, whatever the role. */
export function canActAsMentor(actor: Actor | null, action: 'workLog.approve' | 'evaluation.sign', mentorStaffId: string | null | undefined): Decision {
  if (!actor) return deny(action, 'not-signed-in');
  return mentorStaffId && actor.staffId === mentorStaffId ? ALLOWED : deny(action, 'not-mentor');
}

/**
 * Complainants' names and contacts (PDPA): the complaint officers (กลุ่มงานประเมินผล, not
 * interns) and the director or deputy. Everyone else sees the complaint with the person masked.
 */
export function canSeeComplainant(staff: { staffId: string; role: StaffRole; workGroup: string } | null): boolean {
  if (!staff) return false;
  if (can(staff, 'complaint.viewIdentity').allowed) return true;
  return staff.workGroup === 'evaluation' && staff.role !== 'intern';
}

/** Thrown by the data layer and main's handlers; the UI shows `permission.<reason>` in Thai. */
export class PermissionDeniedError extends Error {
  constructor(readonly decision: Extract<Decision, { allowed: false }>) {
    super(`Refused: ${decision.action} (${decision.reason})`);
    this.name = 'PermissionDeniedError';
  }
}

export function enforce(decision: Decision): void {
  if (!decision.allowed) throw new PermissionDeniedError(decision);
}
