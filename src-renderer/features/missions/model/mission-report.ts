import type { Mission } from '../../../../src-main/shared/domain/mission';
import { fiscalPeriod, inRange, type DateRange } from '../../../../src-main/shared/domain/fiscal-period';
import type { Task } from '../../../../src-main/shared/domain/task';
import { WORK_LINK_MODULES } from '../../../../src-main/shared/domain/work-link';
import type { Letterhead, Signature } from '../../../../src-main/shared/pdf/document-parts';
import type { MissionReportDocument, ReportMission, ReportTask } from '../../../../src-main/shared/pdf/mission-report';
import type { CountedWork } from './mission-work';
import { compareTasks, isOverdue } from './task-filter';
import { rollUpProgress } from './task-progress';

type WithId<T> = T & { id: string };
type ReportTaskSource = WithId<Task> & { createdAt: string };

/**
 * Whether a task is work of the period: finished in it, due in it, or still open and started
 * (or created) by its end — carried-over work is reported until it is done or cancelled.
 */
export function taskInPeriod(task: ReportTaskSource, period: DateRange): boolean {
  if (inRange(task.completedOn, period)) return true;
  if (inRange(task.dueDate, period)) return true;
  if (task.status === 'done' || task.status === 'cancelled') return false;
  const began = task.startDate ?? task.createdAt.slice(0, 10);
  return began <= period.end;
}

export interface MissionReportInput {
  fiscalYear: number;
  half: 1 | 2 | null;
  missions: readonly WithId<Mission>[];
  tasks: readonly ReportTaskSource[];
  /** Work of other kinds, each piece once (countedWork); pieces outside the period are left out. */
  work: readonly CountedWork[];
  /** Everyone who can be assigned (staff and interns), by id. */
  people: readonly { id: string; name: string }[];
  letterhead: Letterhead;
  signer: Signature;
  today: string;
  /** Work group id → its Thai name. */
  workGroupName: (group: Mission['workGroup']) => string;
}

/** Tasks of one mission in tree order: each parent followed by its sub-tasks, indented. */
function inTreeOrder(tasks: readonly ReportTaskSource[]): { task: ReportTaskSource; depth: number }[] {
  const ids = new Set(tasks.map((t) => t.id));
  const byParent = new Map<string | null, ReportTaskSource[]>();
  for (const task of tasks) {
    // A sub-task whose parent is outside the period is shown at the top level.
    const parent = task.parentId && ids.has(task.parentId) ? task.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), task]);
  }
  const out: { task: ReportTaskSource; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const task of [...(byParent.get(parent) ?? [])].sort(compareTasks)) {
      if (seen.has(task.id)) continue;
      seen.add(task.id);
      out.push({ task, depth: Math.min(depth, 10) });
      walk(task.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

/** The half-year / fiscal-year report document, from the records as they are now. */
export function buildMissionReport(input: MissionReportInput): MissionReportDocument {
  const period = fiscalPeriod(input.fiscalYear, input.half);
  const staffName = new Map(input.people.map((p) => [p.id, p.name]));
  const progress = rollUpProgress(input.tasks);
  // "Overdue" as of the report's end: a past period's open work was overdue then.
  const asOf = input.today < period.end ? input.today : period.end;

  const missions: ReportMission[] = input.missions.map((mission) => {
    const tasks = input.tasks.filter((t) => t.missionId === mission.id && taskInPeriod(t, period));
    const rows: ReportTask[] = inTreeOrder(tasks).map(({ task, depth }) => ({
      title: task.title,
      assignees: task.assigneeIds.map((id) => staffName.get(id)).filter(Boolean).join(', '),
      dueDate: task.dueDate,
      completedOn: task.completedOn,
      status: task.status,
      progress: progress.get(task.id) ?? task.progress,
      depth,
      overdue: isOverdue(task, asOf),
    }));
    const counted = rows.filter((r) => r.status !== 'cancelled');
    const work = input.work.filter((w) => w.missionId === mission.id && inRange(w.date, period));
    const tasksDone = tasks.filter((t) => t.status === 'done' && inRange(t.completedOn, period)).length;
    const actual = (kind: CountedWork['kind']) => (kind === 'task' ? tasksDone : 0) + work.filter((w) => w.kind === kind).length;
    const taskTitle = new Map(input.tasks.map((t) => [t.id, t.title]));
    return {
      no: mission.no,
      title: mission.title,
      workGroup: input.workGroupName(mission.workGroup),
      targets: mission.targets.map((t) => ({
        name: t.name,
        amount: t.amount,
        unit: t.unit,
        counts: t.counts ?? null,
        actual: t.counts ? actual(t.counts) : null,
      })),
      summary: {
        total: rows.length,
        pending: rows.filter((r) => r.status === 'pending').length,
        inProgress: rows.filter((r) => r.status === 'in-progress').length,
        done: rows.filter((r) => r.status === 'done').length,
        cancelled: rows.filter((r) => r.status === 'cancelled').length,
        overdue: rows.filter((r) => r.overdue).length,
        averageProgress: counted.length === 0 ? 0 : Math.round(counted.reduce((s, r) => s + r.progress, 0) / counted.length),
      },
      tasks: rows,
      outputs: WORK_LINK_MODULES.map((module) => ({ module, count: work.filter((w) => w.kind === module).length })).filter((o) => o.count > 0),
      work: work.map((w) => ({ module: w.kind, title: w.title.slice(0, 500), date: w.date, task: (w.taskId && taskTitle.get(w.taskId)) || '' })),
    };
  });

  return {
    kind: 'mission-report',
    letterhead: input.letterhead,
    period: { fiscalYear: input.fiscalYear, half: input.half, ...period },
    preparedOn: input.today,
    missions,
    signer: input.signer,
  };
}
