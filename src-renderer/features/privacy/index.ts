/** PDPA: requests from people, the breach log, the records of processing, and what an erasure does and keeps. */
export { ErasureScope } from './ErasureScope';
export { PersonErasure } from './PersonErasure';
export { PrivacyDashboardCard } from './PrivacyDashboardCard';
export { PrivacyPage } from './PrivacyPage';
export { RequestFormModal } from './RequestFormModal';
