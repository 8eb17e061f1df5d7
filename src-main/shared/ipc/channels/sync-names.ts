/** Manual sync through a shared folder, and backups (DESIGN.md §5). */
export const SYNC_CHANNELS = [
  'sync:get-target',
  'sync:choose-folder',
  'sync:create-folder',
  'sync:join-folder',
  'sync:leave-folder',
  'sync:publish',
  'sync:pull',
  'sync:put-blob',
  'sync:get-blob',
  'sync:write-snapshot',
  'sync:read-snapshot',
  'backup:write',
  'backup:list',
  'backup:read',
  'backup:export-file',
  'backup:import-file',
] as const;
