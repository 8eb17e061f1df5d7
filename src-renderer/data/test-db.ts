import type { Staff } from '../../src-main/shared/domain/staff';
import { openPrDeskDb } from './db';

export const TEST_DEVICE = '0190a000-0000-7000-8000-0000000000d1';

let counter = 0;

/** A fresh database per test (fake-indexeddb in vitest) with a settable actor and clock. */
export async function openTestDb(actor = 'staff-1', deviceId = TEST_DEVICE) {
  const state = { actor, now: new Date('2025-01-15T03:00:00Z') };
  counter += 1;
  const db = await openPrDeskDb({
    name: `pr-desk-test-${Date.now()}-${counter}`,
    deviceId,
    getActor: () => state.actor,
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
