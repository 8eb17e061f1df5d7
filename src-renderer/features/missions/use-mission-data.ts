import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { staffDisplayName } from '../../../src-main/shared/domain/staff';
import type { MissionRecord, StaffRecord, TaskRecord } from '../../data';
import { useAppData } from '../../app/data-context';
import { rollUpProgress } from './model/task-progress';

/** Missions in the office's order; archived ones only when asked. */
export function useMissions(includeArchived = false): MissionRecord[] | undefined {
  const { db } = useAppData();
  return useLiveQuery(async () => {
    const all = await db.missions.orderBy('order').toArray();
    return all.filter((m) => !m.deleted && (includeArchived || !m.archived));
  }, [db, includeArchived]);
}

/** Every live task; an office's tasks (thousands) fit in memory, so views filter in JS. */
export function useTasks(): TaskRecord[] | undefined {
  const { db } = useAppData();
  return useLiveQuery(async () => (await db.tasks.toArray()).filter((t) => !t.deleted), [db]);
}

export function useActiveStaff(): StaffRecord[] | undefined {
  const { db } = useAppData();
  return useLiveQuery(async () => (await db.staff.toArray()).filter((s) => !s.deleted), [db]);
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
  const { db } = useAppData();
  return useLiveQuery(async () => {
    const staff = (await db.staff.toArray()).filter((s) => !s.deleted);
    const interns = (await db.interns.toArray()).filter((i) => !i.deleted);
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
  }, [db]);
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
