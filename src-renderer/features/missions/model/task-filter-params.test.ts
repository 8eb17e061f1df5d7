import { describe, expect, it } from 'vitest';
import { NO_TASK_FILTER } from './task-filter';
import { filterFromParams, isFiltered, paramsFromFilter } from './task-filter-params';

describe('task filter in the address', () => {
  it('round-trips every field, Thai search included', () => {
    const filter = { missionId: 'm1', workGroup: 'evaluation' as const, assigneeId: 's1', status: 'done' as const, overdueOnly: true, search: 'วิทยุ ชุมชน' };
    const params = paramsFromFilter(filter, 'board', true);
    expect(filterFromParams(new URLSearchParams(params.toString()))).toEqual({ filter, view: 'board', mine: true });
  });

  it('ignores values it does not know', () => {
    const parsed = filterFromParams(new URLSearchParams('status=lost&group=x&view=gantt'));
    expect(parsed).toEqual({ filter: NO_TASK_FILTER, view: 'list', mine: false });
    expect(isFiltered(parsed.filter, parsed.mine)).toBe(false);
  });
});
