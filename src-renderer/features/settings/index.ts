export { SettingsPage } from './SettingsPage';
export { staffFieldLabel, formatStaffValue } from './staff-labels';
