import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PressRequest } from '../../../../src-main/shared/domain/press';
import { WorkflowTransitionError } from '../../../../src-main/shared/workflow/define-workflow';
import { pressRequestRepo, type PrDeskDb } from '../../../data';
import { openTestDb } from '../../../data/test-db';
import { updateRequest } from './request-actions';

const request: PressRequest = {
  agencyId: '0193c000-0000-7000-8000-0000000000a1',
  contactName: 'นายวิชัย ศรีสุข',
  contactPhone: '074-123456',
  title: 'พิธีเปิดศูนย์ช่วยเหลือผู้ประสบอุทกภัย',
  eventDate: '2026-11-24',
  eventTime: '09:30',
  place: 'ศาลากลางจังหวัด',
  services: ['news', 'photo'],
  assignedStaffId: null,
  status: 'new',
  note: '',
};

let db: PrDeskDb;
beforeEach(async () => {
  ({ db } = await openTestDb());
});
afterEach(() => db.close());

describe('updating a service request', () => {
  it('moves the status as the workflow allows, back and forth', async () => {
    const created = await pressRequestRepo(db).create(request);
    expect((await updateRequest(db, created.id, { status: 'assigned' })).status).toBe('assigned');
    expect((await updateRequest(db, created.id, { status: 'cancelled' })).status).toBe('cancelled');
    expect((await updateRequest(db, created.id, { status: 'new', note: 'งานกลับมาจัดตามเดิม' })).status).toBe('new');
  });

  it('saves other fields with the status unchanged or left out', async () => {
    const created = await pressRequestRepo(db).create(request);
    expect((await updateRequest(db, created.id, { ...request, place: 'หอประชุมอำเภอ' })).place).toBe('หอประชุมอำเภอ');
    expect((await updateRequest(db, created.id, { note: 'มีถ่ายทอดสด' })).note).toBe('มีถ่ายทอดสด');
  });

  it('refuses a status the workflow does not know, and writes nothing', async () => {
    const created = await pressRequestRepo(db).create(request);
    await expect(updateRequest(db, created.id, { status: 'sent' as PressRequest['status'] })).rejects.toBeInstanceOf(WorkflowTransitionError);
    expect((await pressRequestRepo(db).get(created.id))?.status).toBe('new');
  });
});
