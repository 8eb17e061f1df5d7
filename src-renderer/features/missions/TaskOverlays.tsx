import { TaskDrawer } from './TaskDrawer';
import { TaskFormModal } from './TaskFormModal';
import type { TaskWorkspace } from './use-task-workspace';

/** The task form and the task drawer of a page of tasks (useTaskWorkspace says which task is in them). */
export function TaskOverlays({ workspace }: { workspace: TaskWorkspace }) {
  const { form, setForm, openId, setOpenId, lookups, today } = workspace;
  return (
    <>
      <TaskFormModal target={form} onClose={() => setForm(null)} />
      <TaskDrawer taskId={openId} lookups={lookups} today={today} onClose={() => setOpenId(null)} onOpenTask={setOpenId} onEdit={setForm} />
    </>
  );
}
