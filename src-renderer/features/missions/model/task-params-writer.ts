import type { TaskFilter } from './task-filter';
import { filterFromParams, paramsFromFilter, type TaskView } from './task-filter-params';

/**
 * Writes the task page's filters and view into the address. Each change starts from what was
 * last written, not from what the page last rendered: a view chosen and a search typed before
 * React re-rendered (a busy PC) must not undo each other. The page passes every params object
 * it renders with to `seen`, so Back or a link still win.
 */
export class TaskParamsWriter {
  private latest: URLSearchParams;
  private lastSeen: URLSearchParams;

  constructor(
    initial: URLSearchParams,
    private readonly write: (params: URLSearchParams) => void,
  ) {
    this.latest = initial;
    this.lastSeen = initial;
  }

  /** The params the page rendered with; a new object means the address changed. */
  seen(params: URLSearchParams): void {
    if (params === this.lastSeen) return;
    this.lastSeen = params;
    this.latest = params;
  }

  setFilter(filter: TaskFilter, mine: boolean): void {
    this.commit(paramsFromFilter(filter, filterFromParams(this.latest).view, mine));
  }

  setView(view: TaskView): void {
    const current = filterFromParams(this.latest);
    this.commit(paramsFromFilter(current.filter, view, current.mine));
  }

  private commit(params: URLSearchParams): void {
    this.latest = params;
    this.write(params);
  }
}
