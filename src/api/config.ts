export type ApiMode = 'mock' | 'http';

export const apiMode: ApiMode = import.meta.env.VITE_API_MODE === 'http' ? 'http' : 'mock';

/** Every path in the contract is relative to this. */
export const apiRoot = `${(import.meta.env.VITE_API_BASE_URL ?? '').replace(/\/$/, '')}/api/v1`;

/**
 * The mock reads no cookies; omitting them spares msw a synchronous `document.cookie` read
 * per request (tens of milliseconds while a page is loading). A real server gets its session cookie.
 */
export const requestCredentials: RequestCredentials = apiMode === 'mock' ? 'omit' : 'same-origin';
