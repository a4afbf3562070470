export const LANDING_ROUTE: string;
export function firstRouteFiles(distDir?: string, route?: string): string[];
