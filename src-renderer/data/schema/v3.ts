import { SCHEMA_V2 } from './v2';

/**
 * Version 3: missions and tasks (issue 4). Tasks are indexed for the filters the task views
 * offer (mission, parent, status, due date, assignee); comments and work links are records of
 * their own so concurrent additions from two workstations never overwrite each other.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  missions: 'id, order',
  tasks: 'id, missionId, parentId, status, dueDate, *assigneeIds, updatedAt',
  taskComments: 'id, taskId',
  workLinks: 'id, missionId, taskId, [module+recordId], date',
} as const;
