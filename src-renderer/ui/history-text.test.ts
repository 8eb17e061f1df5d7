import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import th from '../i18n/locales/th.json';
import { historyFieldLabel, historyValueText, type HistoryTextContext } from './history-text';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const SOMCHAI = '0190a000-0000-7000-8000-0000000000a1';
const MALEE = '0190a000-0000-7000-8000-0000000000a2';
const MISSION = '0190a000-0000-7000-8000-0000000000b1';
const GONE = '0190a000-0000-7000-8000-0000000000ff';
const names = new Map([
  [SOMCHAI, 'นายสมชาย ใจดี'],
  [MALEE, 'นางสาวมาลี ศรีสุข'],
  [MISSION, 'ประชาสัมพันธ์งานกาชาดจังหวัด'],
]);

let ctx: (table: string, extra?: Partial<HistoryTextContext>) => HistoryTextContext;

beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: 'th', resources: { th: { translation: th } }, interpolation: { escapeValue: false } });
  ctx = (table, extra = {}) => ({ t: i18n.t, table, names, ...extra });
});

describe('a task change in the words of the form', () => {
  const task = () =>
    ctx('tasks', {
      labelPrefix: 'tasks.fields',
      fields: { status: { choice: 'tasks.status' }, priority: { choice: 'tasks.priority' }, workGroup: { choice: 'workGroups' }, progress: { number: 'history.percent' } },
    });

  it('labels each field as the form does', () => {
    expect(historyFieldLabel('assigneeIds', task())).toBe('ผู้รับผิดชอบ');
    expect(historyFieldLabel('missionId', task())).toBe('ภารกิจ');
    expect(historyFieldLabel('dueDate', task())).toBe('วันกำหนดเสร็จ');
  });

  it('names coded values, people, missions and dates in Thai', () => {
    expect(historyValueText('status', 'in-progress', task())).toBe('กำลังดำเนินการ');
    expect(historyValueText('priority', 'urgent', task())).toBe('เร่งด่วน');
    expect(historyValueText('workGroup', 'public-relations', task())).toBe('กลุ่มงานประชาสัมพันธ์และสื่อสารองค์กร');
    expect(historyValueText('assigneeIds', [SOMCHAI, MALEE], task())).toBe('นายสมชาย ใจดี, นางสาวมาลี ศรีสุข');
    expect(historyValueText('missionId', MISSION, task())).toBe('ประชาสัมพันธ์งานกาชาดจังหวัด');
    expect(historyValueText('dueDate', '2025-01-31', task())).toBe('31 มกราคม 2568');
    expect(historyValueText('progress', 40, task())).toBe('40%');
  });

  it('never shows JSON or an id: checklists, files and records not on this computer', () => {
    const checklist = historyValueText('checklist', [{ id: 'c1', text: 'จองห้องประชุม', done: true }, { id: 'c2', text: 'ส่งหนังสือเชิญ', done: false }], task());
    expect(checklist).toBe('จองห้องประชุม (ทำแล้ว), ส่งหนังสือเชิญ');
    const files = historyValueText('attachments', [{ blobId: 'a'.repeat(64), name: 'กำหนดการ.pdf', mime: 'application/pdf', size: 10 }], task());
    expect(files).toBe('กำหนดการ.pdf');
    expect(historyValueText('assigneeIds', [GONE], task())).toBe('รายการที่ไม่มีในเครื่องนี้');
    expect(historyValueText('assigneeIds', [], task())).toBe('(ว่าง)');
    for (const text of [checklist, files]) expect(text).not.toMatch(/[{}[\]"]|blobId/);
  });
});

describe('the PDPA access labels fill in what a form does not say', () => {
  it('labels and coded values from shared/pdpa/access-labels', () => {
    expect(historyFieldLabel('assignedStaffId', ctx('pressRequests'))).toBe('ผู้รับผิดชอบ');
    expect(historyValueText('status', 'assigned', ctx('pressRequests'))).toBe('มอบหมายแล้ว');
    expect(historyValueText('eventTime', '14:30', ctx('pressRequests'))).toBe('14.30 น.');
    expect(historyValueText('role', 'groupHead', ctx('staff'))).toBe('หัวหน้ากลุ่มงาน');
  });

  it('yes and no, instants in Bangkok time, nested records by their people', () => {
    expect(historyValueText('active', false, ctx('staff'))).toBe('ไม่ใช่');
    expect(historyValueText('thaiDigits', true, ctx('officeProfile'))).toBe('ใช่');
    expect(historyValueText('setAt', '2025-01-15T07:30:00.000Z', ctx('x'))).toBe('15 มกราคม 2568 14.30 น.');
    const delegation = historyValueText('actingDelegations', [{ id: GONE, staffId: SOMCHAI, from: '2026-01-05', to: '2026-01-09', note: 'คำสั่งที่ 12/2569', setBy: MALEE, setAt: '2026-01-02T03:00:00.000Z' }], ctx('officeProfile'));
    expect(delegation).toContain('นายสมชาย ใจดี 5 มกราคม 2569 9 มกราคม 2569 คำสั่งที่ 12/2569');
    expect(delegation).not.toMatch(UUID);
  });
});
