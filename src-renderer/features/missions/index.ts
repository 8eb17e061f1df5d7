export { MissionsPage } from './MissionsPage';
