import type { z } from 'zod';
import { apiRoot, requestCredentials } from './config';
import { ApiError } from './errors';
import { apiReady } from './ready';
import { problemSchema } from './schemas/common';

export type QueryParams = Record<string, string | number | undefined | null>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  params?: QueryParams;
  body?: unknown;
  signal?: AbortSignal;
  /** the ETag of the version this write replaces (sent as If-Match) */
  ifMatch?: string;
  /** the same key on a retried create makes the server return the first result, not a second copy */
  idempotencyKey?: string;
  /** the media type wanted back; JSON unless a download asks for a file format */
  accept?: string;
  /** give up after this many ms, with an ApiError of kind `timeout` (the body included) */
  timeoutMs?: number;
}

/** A 2xx response whose body is still unread, with what an error about it must name. */
export interface Sent {
  response: Response;
  method: string;
  /** the full URL, as error messages show it */
  path: string;
}

/** A response body with the ETag of the version it shows (null when the server sent none). */
export interface Versioned<T> {
  data: T;
  etag: string | null;
}

export function buildPath(path: string, params?: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `${path}?${qs}` : path;
}

/**
 * The one way the app talks to the API: every response is parsed with its contract schema,
 * every error becomes an ApiError with a message meant for the user.
 */
export async function request<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  return (await requestVersioned(path, schema, options)).data;
}

/**
 * Sends one request once the API is ready: the session's credentials, the app's headers, and
 * every failure to get a 2xx (network or HTTP) as an ApiError with its message for the user.
 * An abort rejects with the signal's reason instead. The body is left to the caller: JSON
 * for `request`, a stream for the export.
 */
export async function send(path: string, options: RequestOptions = {}): Promise<Sent> {
  const method = options.method ?? 'GET';
  const fullPath = buildPath(`${apiRoot}${path}`, options.params);
  await apiReady();
  let response: Response;
  try {
    response = await fetch(fullPath, {
      method,
      credentials: requestCredentials,
      signal: options.signal,
      headers: {
        Accept: options.accept ?? 'application/json',
        ...(options.body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(options.ifMatch === undefined ? {} : { 'If-Match': options.ifMatch }),
        ...(options.idempotencyKey === undefined ? {} : { 'Idempotency-Key': options.idempotencyKey }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch (cause) {
    if (options.signal?.aborted) throw cause;
    throw new ApiError({ kind: 'network', method, path: fullPath });
  }
  if (!response.ok) throw await errorFrom(response, method, fullPath);
  return { response, method, path: fullPath };
}

/** `request`, keeping the response's ETag for a later write's If-Match. */
export async function requestVersioned<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<Versioned<z.infer<S>>> {
  const { timeoutMs, signal } = options;
  if (timeoutMs === undefined) return readVersioned(await send(path, options), schema, signal);
  const timer = new AbortController();
  const timeout = setTimeout(() => timer.abort(), timeoutMs);
  try {
    const combined = signal ? AbortSignal.any([signal, timer.signal]) : timer.signal;
    return await readVersioned(await send(path, { ...options, signal: combined }), schema, combined);
  } catch (cause) {
    if (timer.signal.aborted && !signal?.aborted) {
      const method = options.method ?? 'GET';
      throw new ApiError({
        kind: 'timeout',
        method,
        path: buildPath(`${apiRoot}${path}`, options.params),
        timeoutMs,
      });
    }
    throw cause;
  } finally {
    clearTimeout(timeout);
  }
}

async function readVersioned<S extends z.ZodType>(
  { response, method, path: fullPath }: Sent,
  schema: S,
  signal: AbortSignal | undefined,
): Promise<Versioned<z.infer<S>>> {
  const etag = response.headers.get('ETag');
  let body: unknown = null;
  try {
    // 204 (a delete) has no body: its schema expects null
    if (response.status !== 204) body = await response.json();
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError({ kind: 'schema', method, path: fullPath, detail: 'the body is not JSON' });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'body';
    throw new ApiError({
      kind: 'schema',
      method,
      path: fullPath,
      detail: `${where}: ${issue?.message ?? 'unexpected shape'}`,
    });
  }
  return { data: parsed.data, etag };
}

async function errorFrom(response: Response, method: string, path: string): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  let problem = null;
  try {
    const parsed = problemSchema.safeParse(await response.json());
    if (parsed.success) problem = parsed.data;
  } catch {
    // A body that is not problem+json still gets a message from its status.
  }
  return new ApiError({ kind: 'http', method, path, status: response.status, problem, retryAfter });
}

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}
