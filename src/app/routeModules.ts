// Route modules load on demand. The entry asks for the opened address's module at once, so it
// downloads beside the console instead of after the console has started its router.
export const loadOverviewRoute = () => import('../features/charts/overview/OverviewRoute');
export const loadStreamRoute = () => import('../features/streams/StreamRoute');

export function preloadRouteFor(pathname: string): void {
  const load = pathname.startsWith('/audit/')
    ? loadStreamRoute
    : pathname === '/' || pathname === '/overview'
      ? loadOverviewRoute
      : null;
  // a failed download is the router's to report: it imports the module again when it needs it
  load?.().catch(() => undefined);
}
