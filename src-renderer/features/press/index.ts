export { ReleaseListPage as PressPage } from './ReleaseListPage';
export { ReleaseDetailPage } from './ReleaseDetailPage';
export { RequestsPage } from './RequestsPage';
export { MediaNetworkPage } from './MediaNetworkPage';
export { AgenciesPage } from './AgenciesPage';
export { PressStatsPage } from './PressStatsPage';
export { PressSettingsPage } from './PressSettingsPage';
export { PressDashboardCard } from './PressDashboardCard';
export { searchReleaseIds } from './model/release-search';
