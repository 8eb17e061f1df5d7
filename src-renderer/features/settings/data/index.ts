// What the settings pages use, and what other features may read of the office's settings:
// staff, the office profile, and who acts for the director.
export { useOfficeProfile } from './use-office-profile';
export { useStaff, useStaffIncludingArchived, useStaffNames } from './use-staff';
export { useActingForDirector } from './use-acting-for-director';
export { useStaffErased, useStaffWithPin } from './use-staff-privacy';
export { useStaffCommands } from './staff-commands';
export { useOfficeProfileCommands } from './office-profile-commands';
export { useLocalSettingCommands } from './local-setting-commands';
