export { SyncPage } from './SyncPage';
export { BackupsPanel } from './BackupsPanel';
export { SyncPanel } from './SyncPanel';
