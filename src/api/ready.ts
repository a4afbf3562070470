/**
 * Requests wait for this before they go out. In mock mode it is the mock service worker's start,
 * so the console can render (and load its route) while the worker registers instead of after.
 */
let ready: Promise<void> = Promise.resolve();

export function waitForApi(starting: Promise<void>): void {
  ready = starting;
}

export function apiReady(): Promise<void> {
  return ready;
}
