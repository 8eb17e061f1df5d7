export { TasksPage as MissionsPage } from './TasksPage';
export { MissionListPage } from './MissionListPage';
export { MissionDetailPage } from './MissionDetailPage';
export { MissionReportPage } from './MissionReportPage';
export { MissionDashboardCards } from './MissionDashboardCards';
export { MissionSelect, type MissionSelectProps } from './MissionSelect';
export { missionLabel } from './model/mission-label';
export { linkRecord } from './data/work-link-actions';
