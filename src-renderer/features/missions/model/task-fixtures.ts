import type { Task } from '../../../../src-main/shared/domain/task';

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
