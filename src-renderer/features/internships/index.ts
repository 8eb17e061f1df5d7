export { InternsPage as InternshipsPage } from './InternsPage';
export { AttendancePage } from './AttendancePage';
export { InstitutionsPage } from './InstitutionsPage';
export { InternDetailPage } from './InternDetailPage';
export { InternDashboardCard } from './InternDashboardCard';
export { eraseIntern } from './data';
