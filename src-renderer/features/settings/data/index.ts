// What other features may read of the office's settings: staff and the office profile.
export { useOfficeProfile } from './use-office-profile';
export { useStaff, useStaffNames } from './use-staff';
