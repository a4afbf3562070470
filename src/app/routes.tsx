import { createBrowserRouter, Navigate } from 'react-router';
import { Shell } from './Shell';
import { RouteError } from '../components/RouteError';
import { settingsRoutes } from '../features/settings/routes';
import { setNavigate } from '../lib/navigation';
import { loadOverviewRoute, loadStreamRoute } from './routeModules';

export const router = createBrowserRouter([
  {
    path: '/',
    Component: Shell,
    ErrorBoundary: RouteError,
    children: [
      { index: true, element: <Navigate to="/overview" replace /> },
      {
        path: 'overview',
        lazy: async () => ({ Component: (await loadOverviewRoute()).OverviewRoute }),
      },
      {
        path: 'audit/:stream',
        lazy: async () => ({ Component: (await loadStreamRoute()).StreamRoute }),
      },
      {
        path: 'event-types',
        lazy: async () => ({
          Component: (await import('../features/catalogue/EventTypesRoute')).EventTypesRoute,
        }),
      },
      {
        path: 'timeline',
        lazy: async () => ({ Component: (await import('../features/timeline/TimelineRoute')).TimelineRoute }),
      },
      {
        path: 'entity/:kind/:value',
        lazy: async () => ({ Component: (await import('../features/entity/EntityRoute')).EntityRoute }),
      },
      ...settingsRoutes,
      { path: '*', lazy: async () => ({ Component: (await import('../components/NotFound')).NotFound }) },
    ],
  },
]);

setNavigate((to) => void router.navigate(to));
