import type { MouseEvent } from 'react';

type Navigate = (to: string) => void;

let navigate: Navigate = (to) => window.location.assign(to);

/** The app's router registers itself here (src/app/routes.tsx). */
export function setNavigate(next: Navigate): void {
  navigate = next;
}

/**
 * A plain left click on a link inside the console navigates in the page; other clicks (new
 * tab, new window) keep the browser's behaviour. For links rendered many times over (grid
 * cells, the menu): React Router's own links re-render on every change of the address,
 * even the query of a search, and this one does not.
 */
export function followInApp(event: MouseEvent<HTMLAnchorElement>, to: string): void {
  if (event.defaultPrevented || event.button !== 0) return;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(to);
}
