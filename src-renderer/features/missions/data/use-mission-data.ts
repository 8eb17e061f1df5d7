import { useMemo } from 'react';
import { staffDisplayName } from '../../../../src-main/shared/domain/staff';
import { liveRows, useLiveDbQuery, type MissionRecord, type TaskRecord } from '../../../data';
import { rollUpProgress } from '../model/task-progress';

/** Missions in the office's order; archived ones only when asked. */
export function useMissions(includeArchived = false): MissionRecord[] | undefined {
  return useLiveDbQuery(async (db) => {
    const all = await db.missions.orderBy('order').toArray();
    return all.filter((m) => !m.deleted && (includeArchived || !m.archived));
  }, [includeArchived]);
}

/** Every live task; an office's tasks (thousands) fit in memory, so views filter in JS. */
export function useTasks(): TaskRecord[] | undefined {
  return useLiveDbQuery((db) => liveRows(db.tasks));
}

/** Someone work can be assigned to: a staff member or an intern (interns take tasks too). */
export interface Person {
  id: string;
  name: string;
  kind: 'staff' | 'intern';
  /** Still here: active staff, interns accepted or interning, not erased. */
  current: boolean;
}

export function usePeople(): Person[] | undefined {
  return useLiveDbQuery(async (db) => {
    const staff = await liveRows(db.staff);
    const interns = await liveRows(db.interns);
    return [
      ...staff.map((s): Person => ({ id: s.id, name: staffDisplayName(s), kind: 'staff', current: s.active })),
      ...interns.map(
        (i): Person => ({
          id: i.id,
          name: staffDisplayName(i),
          kind: 'intern',
          current: !i.erasedAt && (i.status === 'active' || i.status === 'accepted'),
        }),
      ),
    ];
  });
}

/** Lookups every task view needs: names, mission numbers, rolled-up progress. */
export function useTaskLookups(tasks: TaskRecord[] | undefined, missions: MissionRecord[] | undefined, people: Person[] | undefined) {
  return useMemo(
    () => ({
      staffName: new Map((people ?? []).map((p) => [p.id, p.name])),
      mission: new Map((missions ?? []).map((m) => [m.id, m])),
      progress: rollUpProgress(tasks ?? []),
      subTaskCount: (tasks ?? []).reduce((map, t) => (t.parentId ? map.set(t.parentId, (map.get(t.parentId) ?? 0) + 1) : map), new Map<string, number>()),
    }),
    [tasks, missions, people],
  );
}
export type TaskLookups = ReturnType<typeof useTaskLookups>;
