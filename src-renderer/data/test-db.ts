import { DEFAULT_CRITERIA, type Institution, type Intern } from '../../src-main/shared/domain/internship';
import type { Staff, StaffRole } from '../../src-main/shared/domain/staff';
import type { Task } from '../../src-main/shared/domain/task';
import { openPrDeskDb } from './db';

export const TEST_DEVICE = '0190a000-0000-7000-8000-0000000000d1';

let counter = 0;

/**
 * A fresh database per test (fake-indexeddb in vitest) with a settable actor and clock. Pass a
 * role to have the write rules checked (state.role and state.actor can change mid-test; a null
 * role is "nobody signed in"); without one, tests of other behaviour write unchecked.
 */
export async function openTestDb(actor = 'staff-1', deviceId = TEST_DEVICE, options: { role?: StaffRole | null } = {}) {
  const state: { actor: string; now: Date; role: StaffRole | null } = { actor, now: new Date('2025-01-15T03:00:00Z'), role: options.role ?? null };
  counter += 1;
  const db = await openPrDeskDb({
    name: `pr-desk-test-${Date.now()}-${counter}`,
    deviceId,
    getActor: () => state.actor,
    acting: 'role' in options ? () => (state.role ? { staffId: state.actor, role: state.role } : null) : 'not-checked',
    now: () => state.now,
  });
  return { db, state };
}

export const SOMCHAI: Staff = {
  title: 'นาย',
  firstName: 'สมชาย',
  lastName: 'ใจดี',
  position: 'นักประชาสัมพันธ์ชำนาญการ',
  workGroup: 'public-relations',
  role: 'officer',
  phone: '074-123456',
  email: '',
  startDate: '2020-10-01',
  active: true,
};

/** An institution with the usual evaluation form, as interns' records need one. */
export const TEST_INSTITUTION: Institution = {
  name: 'มหาวิทยาลัยทักษิณ',
  faculty: 'คณะมนุษยศาสตร์',
  coordinatorName: '',
  coordinatorPhone: '',
  coordinatorEmail: '',
  requiredHours: 280,
  criteria: [...DEFAULT_CRITERIA],
};

/** A valid intern for tests: a two-month internship; override what the test is about. */
export function testIntern(institutionId: string, overrides: Partial<Intern> = {}): Intern {
  return {
    title: 'นางสาว',
    firstName: 'กนกวรรณ',
    lastName: 'ศรีสุข',
    firstNameEn: 'Kanokwan',
    lastNameEn: 'Srisuk',
    studentId: '6410110123',
    institutionId,
    programme: 'นิเทศศาสตร์',
    phone: '081-234-5678',
    email: 'kanokwan@example.ac.th',
    emergencyContact: 'นางสมใจ ศรีสุข (มารดา) 089-111-2222',
    startDate: '2026-06-01',
    endDate: '2026-07-31',
    requiredHours: 280,
    mentorId: null,
    workGroup: 'public-relations',
    status: 'active',
    photoBlobId: null,
    erasedAt: null,
    ...overrides,
  };
}

/** A valid task for tests: override what the test is about. */
export function sampleTask(missionId: string, overrides: Partial<Task> = {}): Task {
  return {
    missionId,
    parentId: null,
    title: 'จัดรายการวิทยุ "สงขลาวันนี้"',
    details: '',
    assigneeIds: [],
    workGroup: 'public-relations',
    startDate: '2026-11-02',
    dueDate: '2026-11-02',
    priority: 'normal',
    status: 'pending',
    progress: 0,
    completedOn: null,
    checklist: [],
    attachments: [],
    recurrence: 'none',
    ...overrides,
  };
}
