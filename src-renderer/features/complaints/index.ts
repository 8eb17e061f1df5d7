export { ComplaintsPage } from './ComplaintsPage';
export { ComplaintDetailPage } from './ComplaintDetailPage';
export { ComplaintReportPage } from './ComplaintReportPage';
export { ComplaintDashboardCard } from './ComplaintDashboardCard';
export { useMaySeePersonalData } from './use-complaint-data';
export { eraseComplainant } from './model/complaint-actions';
