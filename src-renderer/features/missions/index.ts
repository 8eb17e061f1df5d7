export { TasksPage as MissionsPage } from './TasksPage';
export { MissionListPage } from './MissionListPage';
export { MissionDetailPage } from './MissionDetailPage';
export { MissionReportPage } from './MissionReportPage';
export { MissionDashboardCards } from './MissionDashboardCards';
export { linkRecord } from './model/work-link-actions';
