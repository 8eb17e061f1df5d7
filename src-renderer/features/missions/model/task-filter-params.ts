import { WORK_GROUPS, type WorkGroup } from '../../../../src-main/shared/domain/staff';
import { TASK_STATUSES, type TaskStatus } from '../../../../src-main/shared/domain/task';
import { NO_TASK_FILTER, type TaskFilter } from './task-filter';

export const TASK_VIEWS = ['list', 'board', 'calendar'] as const;
export type TaskView = (typeof TASK_VIEWS)[number];

const pick = <T extends string>(values: readonly T[], raw: string | null): T | null =>
  raw !== null && (values as readonly string[]).includes(raw) ? (raw as T) : null;

/** Filters live in the address (#/missions?status=…), so a reload or Back keeps them. */
export function filterFromParams(params: URLSearchParams): { filter: TaskFilter; view: TaskView; mine: boolean } {
  return {
    filter: {
      missionId: params.get('mission'),
      workGroup: pick<WorkGroup>(WORK_GROUPS, params.get('group')),
      assigneeId: params.get('person'),
      status: pick<TaskStatus>(TASK_STATUSES, params.get('status')),
      overdueOnly: params.get('overdue') === '1',
      search: params.get('q') ?? '',
    },
    view: pick(TASK_VIEWS, params.get('view')) ?? 'list',
    mine: params.get('mine') === '1',
  };
}

export function paramsFromFilter(filter: TaskFilter, view: TaskView, mine: boolean): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.missionId) params.set('mission', filter.missionId);
  if (filter.workGroup) params.set('group', filter.workGroup);
  if (filter.assigneeId) params.set('person', filter.assigneeId);
  if (filter.status) params.set('status', filter.status);
  if (filter.overdueOnly) params.set('overdue', '1');
  if (filter.search) params.set('q', filter.search);
  if (view !== 'list') params.set('view', view);
  if (mine) params.set('mine', '1');
  return params;
}

export function isFiltered(filter: TaskFilter, mine: boolean): boolean {
  return mine || JSON.stringify(filter) !== JSON.stringify(NO_TASK_FILTER);
}
