import { useState } from 'react';
import { localIsoDate } from '../../../src-main/shared/domain/fiscal-period';
import type { TaskFormTarget } from './TaskFormModal';
import { useMissions, usePeople, useTaskLookups, useTasks } from './data';

/**
 * What a page of tasks works with (the task list, a mission's page): every task with its missions
 * and people, today, and which task is open in the drawer or in the form (TaskOverlays shows them).
 */
export function useTaskWorkspace() {
  const missions = useMissions(true);
  const tasks = useTasks();
  const people = usePeople();
  const lookups = useTaskLookups(tasks, missions, people);
  const [form, setForm] = useState<TaskFormTarget>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const today = localIsoDate(new Date());
  return { missions, tasks, people, lookups, form, setForm, openId, setOpenId, today };
}

export type TaskWorkspace = ReturnType<typeof useTaskWorkspace>;
