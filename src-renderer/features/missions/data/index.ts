// What the missions pages use, and what other features may read and write of missions, tasks
// and work links (a second public entry beside ../index.ts, so a reader does not load the
// missions pages).
export { useMissions, usePeople, useTaskLookups, useTasks, type Person, type TaskLookups } from './use-mission-data';
export { useSubTasks, useTask, useTaskComments } from './use-task-detail';
export { useAllWorkLinks, useRecordWorkLink, useWorkLinks } from './use-work-links';
export { useMissionCommands } from './mission-commands';
export { useTaskCommands } from './task-commands';
export { useWorkLinkCommands } from './work-link-commands';
// For other features' data/ code; pages and components use useWorkLinkCommands().linkRecord.
export { linkRecord, type LinkedRecord, type LinkTarget } from './work-link-actions';
