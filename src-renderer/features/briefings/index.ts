export { BriefingsPage } from './BriefingsPage';
export { BriefingEditorPage } from './BriefingEditorPage';
export { UrgentBriefingPage } from './UrgentBriefingPage';
export { QaBankPage } from './QaBankPage';
export { ConferencesPage } from './ConferencesPage';
export { ConferenceDetailPage } from './ConferenceDetailPage';
export { UrgentBriefingButton } from './UrgentBriefingButton';
