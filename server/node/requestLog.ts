import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';

/**
 * One line per request: method, path, the names of the query's parameters, status, duration
 * and request id. Never a query's values (a search names people: `email:ada@…`), headers
 * (Authorization, Cookie) or bodies: the log is kept longer and read by more people than the
 * audit data it serves. After hono's requestId middleware, whose id it names.
 */
export function requestLog(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const line = {
      reqId: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      query: [...new Set(new URL(c.req.url).searchParams.keys())],
      status,
      // until the response starts: an export streams on after it
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    if (status >= 500) log.error(line, 'request');
    else log.info(line, 'request');
  };
}
