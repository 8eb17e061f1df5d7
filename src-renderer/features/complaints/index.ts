export { ComplaintsPage } from './ComplaintsPage';
export { ComplaintDetailPage } from './ComplaintDetailPage';
export { ComplaintReportPage } from './ComplaintReportPage';
export { ComplaintDashboardCard } from './ComplaintDashboardCard';
export { eraseComplainant, useMaySeePersonalData } from './data';
