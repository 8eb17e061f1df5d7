import type { TaskRecord } from '../../data';
import { BlobAttachments } from '../../ui/BlobAttachments';
import { useTaskCommands } from './data';

/** Files attached to a task (shared blob picker); each change is saved at once. */
export function TaskAttachments({ task }: { task: TaskRecord }) {
  const taskCommands = useTaskCommands();
  return (
    <BlobAttachments
      attachments={task.attachments}
      onChange={(attachments) => taskCommands.update(task.id, { attachments })}
      keyPrefix="tasks"
      testId="task-attachment"
    />
  );
}
