import type { MiddlewareHandler } from 'hono';
import { securityHeaders } from '../../config/securityHeaders.js';

/**
 * README's security headers on every response: the console, the API, errors and 404s alike.
 * The console is served from this origin and calls the API here, so `connect-src 'self'`.
 */
export function sendSecurityHeaders(): MiddlewareHandler {
  const headers = Object.entries(securityHeaders());
  return async (c, next) => {
    await next();
    for (const [name, value] of headers) c.res.headers.set(name, value);
  };
}
