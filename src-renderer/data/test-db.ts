import { DEFAULT_CRITERIA, type Attendance, type Institution, type Intern, type WorkLog } from '../../src-main/shared/domain/internship';
import type { MediaContact } from '../../src-main/shared/domain/media';
import type { Mission } from '../../src-main/shared/domain/mission';
import type { PressRelease } from '../../src-main/shared/domain/press';
import type { Staff, StaffRole } from '../../src-main/shared/domain/staff';
import type { Task } from '../../src-main/shared/domain/task';
import { openPrDeskDb, type OpenOptions, type PrDeskDb } from './db';

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

/** Opens the database called `name` again (or an older one a test made) as this test workstation. */
export function reopenTestDb(name: string, options: Partial<OpenOptions> = {}): Promise<PrDeskDb> {
  return openPrDeskDb({ name, deviceId: TEST_DEVICE, getActor: () => 'staff-1', acting: 'not-checked', ...options });
}

/** Every table of a workstation's database as one text, to show a value is nowhere in it. */
export async function storedText(db: PrDeskDb): Promise<string> {
  return JSON.stringify(await Promise.all(db.tables.map((table) => table.toArray())));
}

/** A file's id as main's store names files (64 hex digits), numbered for the test. */
export const testBlobId = (n: number) => n.toString(16).padStart(64, '0');

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

/** A valid mission for tests, numbered and ordered `no`. */
export function testMission(no: number, title: string): Mission {
  return { no, order: no, title, description: '', workGroup: 'public-relations', targets: [], planLinks: [], archived: false };
}

/** A day an intern was there, 08:30–16:30 with the lunch hour off; override what the test is about. */
export function testAttendance(internId: string, date: string, overrides: Partial<Attendance> = {}): Attendance {
  return { internId, date, kind: 'present', checkIn: '08:30', checkOut: '16:30', overnight: false, breakMinutes: 60, note: '', ...overrides };
}

/** An intern's work-log entry, not linked to a task and not approved yet. */
export function testWorkLog(internId: string, date: string, text: string, overrides: Partial<WorkLog> = {}): WorkLog {
  return { internId, date, text, taskId: null, approvedBy: null, approvedAt: null, ...overrides };
}

/** A valid media contact (a reporter, no outlet); override what the test is about. */
export function testMediaContact(overrides: Partial<MediaContact> = {}): MediaContact {
  return {
    outletId: null,
    title: 'นางสาว',
    firstName: 'วิภาวดี',
    lastName: 'รายงานข่าว',
    position: 'ผู้สื่อข่าว',
    phone: '0812223333',
    email: 'wipa@news.example',
    lineId: 'wipa.news',
    coverageArea: 'สงขลา',
    beats: [],
    pdpaBasis: 'consent',
    lastVerifiedAt: null,
    note: '',
    active: true,
    ...overrides,
  };
}

/** A valid stored release as the press module writes it, a draft without a number; override what the test is about. */
export function testRelease(overrides: Partial<PressRelease> = {}): PressRelease {
  return {
    headline: 'จังหวัดสงขลาจัดงานวันเด็กแห่งชาติ',
    dateline: 'สงขลา',
    releaseDate: '2025-01-11',
    lead: '',
    body: 'ภายในงานมีกิจกรรมการแสดงของนักเรียน',
    quotes: [],
    tags: [],
    agencyId: null,
    requestId: null,
    embargoAt: '',
    photos: [],
    status: 'draft',
    number: null,
    beYear: null,
    numberLabel: '',
    approvedAt: null,
    approvedBy: null,
    publishedAt: null,
    events: [],
    terms: [],
    ...overrides,
  };
}
