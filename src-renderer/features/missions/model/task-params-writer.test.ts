import { describe, expect, it } from 'vitest';
import { filterFromParams } from './task-filter-params';
import { TaskParamsWriter } from './task-params-writer';

describe('task page address', () => {
  it('keeps a chosen view when a search is typed before the page re-rendered', () => {
    const rendered = new URLSearchParams('view=calendar');
    const written: URLSearchParams[] = [];
    const writer = new TaskParamsWriter(rendered, (p) => written.push(p));
    writer.seen(rendered);
    writer.setView('list');
    // Still the calendar render's filter (no re-render yet): only the search changes.
    writer.seen(rendered);
    writer.setFilter({ ...filterFromParams(rendered).filter, search: 'สงขลาวันนี้' }, false);
    const last = filterFromParams(written.at(-1) as URLSearchParams);
    expect(last.view).toBe('list');
    expect(last.filter.search).toBe('สงขลาวันนี้');
  });

  it('follows the address when it changes from elsewhere (Back, a link)', () => {
    const written: URLSearchParams[] = [];
    const writer = new TaskParamsWriter(new URLSearchParams('view=board'), (p) => written.push(p));
    writer.seen(new URLSearchParams('view=calendar&q=ข่าว'));
    writer.setFilter({ ...filterFromParams(new URLSearchParams()).filter, search: 'ประชุม' }, false);
    expect(filterFromParams(written.at(-1) as URLSearchParams)).toMatchObject({ view: 'calendar', filter: { search: 'ประชุม' } });
  });
});
