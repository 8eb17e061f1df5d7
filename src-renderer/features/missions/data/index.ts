// What other features may read of missions and tasks (a second public entry beside ../index.ts,
// so a reader does not load the missions pages).
export { useMissions, usePeople, useTaskLookups, useTasks, type Person, type TaskLookups } from './use-mission-data';
