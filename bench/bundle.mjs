// The JavaScript the browser must load before the landing route can render, read from the
// Vite manifest: the entry, the console it imports and the landing route's chunk with their static imports. Dynamic
// imports (the mock, charts, date pickers, diff) are left out: they load later, on demand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The module the index route renders first (keep in step with src/app/routes.tsx). */
export const LANDING_ROUTE = 'src/features/charts/overview/OverviewRoute.tsx';

/** The console itself, which the entry imports beside the mock (keep in step with src/main.tsx). */
export const APP_MODULE = 'src/app/render.tsx';

export function firstRouteFiles(distDir = 'dist', route = LANDING_ROUTE) {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the Vite manifest: was it renamed?`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  visit(APP_MODULE);
  visit(route);
  return [...files].filter((f) => f.endsWith('.js')).map((f) => join(distDir, f));
}
