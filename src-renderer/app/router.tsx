import { createHashRouter, Navigate, type RouteObject } from 'react-router';
import type { FeatureRoute } from '../ui/feature-manifest';
import { PageLoading } from '../ui/PageLoading';
import { FEATURES } from './features';
import { AppLayout } from './layout/AppLayout';
import { RouteError } from './layout/RouteError';

/** A feature's route as react-router wants it: the page loads on first visit. */
function toRoute(route: FeatureRoute): RouteObject {
  if ('redirect' in route) return { path: route.path, element: <Navigate to={route.redirect} replace /> };
  const lazy = async () => ({ Component: await route.page() });
  return route.path === '' ? { index: true, lazy } : { path: route.path, lazy };
}

const routes = FEATURES.flatMap((f) => f.routes ?? []);

/**
 * Hash routes: the app is served from app://prdesk/index.html (and from loopback HTTP in E2E),
 * so the path part never changes and a reload keeps the page. Each page loads on first visit,
 * so the first paint carries only the shell (bench: office-scale).
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
        children: [...routes.filter((r) => !('bare' in r && r.bare)).map(toRoute), { path: '*', element: <Navigate to="/" replace /> }],
      },
    ],
  },
  // Outside the layout (the survey kiosk).
  ...routes.filter((r) => 'bare' in r && r.bare).map((r) => ({ ...toRoute(r), errorElement: <RouteError />, hydrateFallbackElement: <PageLoading /> })),
]);
