import { createHashRouter, Navigate } from 'react-router';
import { AppLayout } from './layout/AppLayout';
import { PageLoading } from './layout/PageLoading';
import { RouteError } from './layout/RouteError';

/**
 * Hash routes: the app is served from app://prdesk/index.html (and from loopback HTTP in E2E),
 * so the path part never changes and a reload keeps the page. Each module loads on first
 * visit, keeping first paint small as modules grow.
 */
export const router = createHashRouter([
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoading />,
    children: [
      {
        // A page that throws while rendering is caught here, inside the layout: the menu and
        // the other pages stay usable instead of the whole window going blank.
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: () => import('../features/dashboard').then((m) => ({ Component: m.DashboardPage })) },
          { path: 'missions', lazy: () => import('../features/missions').then((m) => ({ Component: m.MissionsPage })) },
          { path: 'missions/list', lazy: () => import('../features/missions').then((m) => ({ Component: m.MissionListPage })) },
          { path: 'missions/report', lazy: () => import('../features/missions').then((m) => ({ Component: m.MissionReportPage })) },
          {
            path: 'missions/m/:missionId',
            lazy: () => import('../features/missions').then((m) => ({ Component: m.MissionDetailPage })),
          },
          { path: 'press', lazy: () => import('../features/press').then((m) => ({ Component: m.PressPage })) },
          { path: 'press/r/:releaseId', lazy: () => import('../features/press').then((m) => ({ Component: m.ReleaseDetailPage })) },
          { path: 'press/requests', lazy: () => import('../features/press').then((m) => ({ Component: m.RequestsPage })) },
          { path: 'press/media', lazy: () => import('../features/press').then((m) => ({ Component: m.MediaNetworkPage })) },
          { path: 'press/agencies', lazy: () => import('../features/press').then((m) => ({ Component: m.AgenciesPage })) },
          { path: 'press/stats', lazy: () => import('../features/press').then((m) => ({ Component: m.PressStatsPage })) },
          { path: 'press/settings', lazy: () => import('../features/press').then((m) => ({ Component: m.PressSettingsPage })) },
          { path: 'briefings', lazy: () => import('../features/briefings').then((m) => ({ Component: m.BriefingsPage })) },
          { path: 'briefings/urgent', lazy: () => import('../features/briefings').then((m) => ({ Component: m.UrgentBriefingPage })) },
          { path: 'briefings/bank', lazy: () => import('../features/briefings').then((m) => ({ Component: m.QaBankPage })) },
          { path: 'briefings/conferences', lazy: () => import('../features/briefings').then((m) => ({ Component: m.ConferencesPage })) },
          { path: 'briefings/conferences/:id', lazy: () => import('../features/briefings').then((m) => ({ Component: m.ConferenceDetailPage })) },
          { path: 'briefings/:id', lazy: () => import('../features/briefings').then((m) => ({ Component: m.BriefingEditorPage })) },
          {
            path: 'internships',
            lazy: () => import('../features/internships').then((m) => ({ Component: m.InternshipsPage })),
          },
          {
            path: 'internships/attendance',
            lazy: () => import('../features/internships').then((m) => ({ Component: m.AttendancePage })),
          },
          {
            path: 'internships/institutions',
            lazy: () => import('../features/internships').then((m) => ({ Component: m.InstitutionsPage })),
          },
          {
            path: 'internships/i/:internId',
            lazy: () => import('../features/internships').then((m) => ({ Component: m.InternDetailPage })),
          },
          { path: 'surveys', lazy: () => import('../features/surveys').then((m) => ({ Component: m.SurveysPage })) },
          { path: 'complaints', lazy: () => import('../features/complaints').then((m) => ({ Component: m.ComplaintsPage })) },
          { path: 'complaints/report', lazy: () => import('../features/complaints').then((m) => ({ Component: m.ComplaintReportPage })) },
          {
            path: 'complaints/c/:complaintId',
            lazy: () => import('../features/complaints').then((m) => ({ Component: m.ComplaintDetailPage })),
          },
          {
            path: 'surveys/s/:surveyId/:tab?',
            lazy: () => import('../features/surveys').then((m) => ({ Component: m.SurveyDetailPage })),
          },
          { path: 'privacy', element: <Navigate to="/privacy/requests" replace /> },
          { path: 'privacy/:tab', lazy: () => import('../features/privacy').then((m) => ({ Component: m.PrivacyPage })) },
          { path: 'sync', lazy: () => import('../features/sync').then((m) => ({ Component: m.SyncPage })) },
          { path: 'settings', element: <Navigate to="/settings/office" replace /> },
          {
            path: 'settings/:tab',
            lazy: () => import('../features/settings').then((m) => ({ Component: m.SettingsPage })),
          },
          { path: '*', element: <Navigate to="/" replace /> },
        ],
      },
    ],
  },
  // Kiosk: outside the layout, so no sidebar and no global shortcuts reach the public.
  {
    path: '/kiosk/:surveyId',
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoading />,
    lazy: () => import('../features/surveys').then((m) => ({ Component: m.KioskPage })),
  },
]);
