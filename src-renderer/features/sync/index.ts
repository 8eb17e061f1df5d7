export { SyncPage } from './SyncPage';
export { useAutomaticBackup } from './use-automatic-backup';
