/** Local backups: streamed, incremental, kept in the app's own folder (DESIGN.md §4). */
export const BACKUP_CHANNELS = [
  'backup:begin',
  'backup:write-rows',
  'backup:reuse-table',
  'backup:copy-blobs',
  'backup:commit',
  'backup:abort',
  'backup:list',
  'backup:open',
  'backup:read-rows',
  'backup:restore-blobs',
  'backup:export-folder',
  'backup:import',
  'backup:import-unlock',
  'backup:key-status',
  'backup:set-passphrase',
  'backup:unlock',
] as const;
