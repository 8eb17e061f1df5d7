/** Manual sync through a shared folder (DESIGN.md §5). */
export const SYNC_CHANNELS = [
  'sync:get-target',
  'sync:choose-folder',
  'sync:create-folder',
  'sync:join-folder',
  'sync:leave-folder',
  'sync:publish',
  'sync:pull',
  'sync:upload-blobs',
  'sync:fetch-blobs',
  'sync:write-snapshot-part',
  'sync:commit-snapshot',
  'sync:list-snapshots',
  'sync:open-snapshot',
  'sync:read-snapshot-part',
  'sync:repair-own-files',
  'sync:redact-own-files',
] as const;
