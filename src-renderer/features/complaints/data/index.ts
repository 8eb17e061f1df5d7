// Every read and write of complaints: what the complaint pages use, and what other features may
// read (privacy asks who may see complainants, and erases them at the end of retention).
export { useComplaintRows } from './use-complaint-rows';
export { useComplaintSettings } from './use-complaint-settings';
export { useMaySeePersonalData } from './use-may-see-personal-data';
export { useComplaintCommands } from './use-complaint-commands';
export { useAddAgency } from './use-add-agency';
// For other features' data/ code; pages and components use useComplaintCommands().eraseComplainant.
export { eraseComplainant } from './complaint-commands';
// For the daily digest's data code: complaints past a limit, by number and subject.
export { readOverdueComplaints, type OverdueComplaint } from './overdue-complaints';
