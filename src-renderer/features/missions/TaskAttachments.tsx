import { taskRepo, type TaskRecord } from '../../data';
import { useAppData } from '../../session/app-data';
import { BlobAttachments } from '../../ui/BlobAttachments';

/** Files attached to a task (shared blob picker); each change is saved at once. */
export function TaskAttachments({ task }: { task: TaskRecord }) {
  const { db } = useAppData();
  return (
    <BlobAttachments
      attachments={task.attachments}
      onChange={(attachments) => taskRepo(db).update(task.id, { attachments })}
      keyPrefix="tasks"
      testId="task-attachment"
    />
  );
}
