import type { RouteObject } from 'react-router';

/** The settings pages, each loaded on first visit. */
export const settingsRoutes: RouteObject[] = [
  {
    lazy: async () => ({ Component: (await import('./SettingsLayout')).SettingsLayout }),
    children: [
      {
        path: 'settings/destinations',
        lazy: async () => ({
          Component: (await import('./destinations/DestinationsPage')).DestinationsPage,
        }),
      },
      {
        path: 'settings/destinations/:id',
        lazy: async () => ({
          Component: (await import('./destinations/DestinationEditPage')).DestinationEditPage,
        }),
      },
      {
        path: 'settings/ingestion',
        lazy: async () => ({ Component: (await import('./ingestion/IngestionPage')).IngestionPage }),
      },
      {
        path: 'settings/retention',
        lazy: async () => ({ Component: (await import('./retention/RetentionPage')).RetentionPage }),
      },
      {
        path: 'settings/sessions',
        lazy: async () => ({ Component: (await import('./sessions/SessionsPage')).SessionsPage }),
      },
    ],
  },
];

/** The Settings group of the navigation; `signInOwners`: only owners of a console with sign-in. */
export const settingsNav: readonly { to: string; title: string; signInOwners?: true }[] = [
  { to: '/settings/destinations', title: 'Destinations' },
  { to: '/settings/ingestion', title: 'Ingestion' },
  { to: '/settings/retention', title: 'Retention' },
  { to: '/settings/sessions', title: 'Sessions', signInOwners: true },
];
