import type { Problem } from './schemas/common';

export type ApiErrorKind = 'http' | 'network' | 'schema' | 'timeout';

/** Every failure of an API call, with what the user should be told. */
export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly method: string;
  readonly path: string;
  readonly problem: Problem | null;
  /** seconds, from a 429/503 Retry-After header */
  readonly retryAfter: number | null;

  constructor(init: {
    kind: ApiErrorKind;
    method: string;
    path: string;
    status?: number | null;
    problem?: Problem | null;
    retryAfter?: number | null;
    detail?: string;
    /** how long a `timeout` waited */
    timeoutMs?: number;
  }) {
    const request = `${init.method} ${init.path}`;
    super(
      describe(
        init.kind,
        init.status ?? null,
        init.problem ?? null,
        init.retryAfter ?? null,
        request,
        init.kind === 'timeout' ? seconds(init.timeoutMs ?? 0) : init.detail,
      ),
    );
    this.name = 'ApiError';
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.method = init.method;
    this.path = init.path;
    this.problem = init.problem ?? null;
    this.retryAfter = init.retryAfter ?? null;
  }

  /** Worth retrying automatically: the server or the network failed, not the request. */
  get transient(): boolean {
    return this.kind === 'network' || (this.kind === 'http' && this.status !== null && this.status >= 500);
  }

  fieldErrors(): Record<string, string> {
    return Object.fromEntries((this.problem?.errors ?? []).map((e) => [e.field, e.message]));
  }
}

function seconds(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  return `${s} second${s === 1 ? '' : 's'}`;
}

function wait(seconds: number | null): string {
  return seconds === null
    ? 'Try again in a moment.'
    : `Try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
}

function describe(
  kind: ApiErrorKind,
  status: number | null,
  problem: Problem | null,
  retryAfter: number | null,
  request: string,
  detail?: string,
): string {
  // not retried on its own (transient is false): the user has already waited that long once
  if (kind === 'timeout')
    return `The server did not answer within ${detail ?? 'the time limit'} (${request}). It may be overloaded; retry, or narrow the search.`;
  if (kind === 'network') return `Could not reach the server (${request}). Check your connection and retry.`;
  if (kind === 'schema')
    return `The server's answer to ${request} was not in the expected format${detail ? `: ${detail}` : ''}.`;
  const said = problem?.detail ?? problem?.title;
  switch (status) {
    case 400:
      return `The request was refused: ${said ?? 'invalid parameters'}.`;
    case 401:
      return problem?.detail ?? 'Your session has ended. Sign in again to continue.';
    case 403:
      return `You don't have permission to do this${said ? `: ${said}` : '.'}`;
    case 404:
      return `Not found: ${said ?? request}.`;
    case 409:
    case 412:
      return `Someone else changed this in the meantime${said ? ` (${said})` : ''}. Reload to see the latest version.`;
    case 428:
      return 'The change was refused because it did not say which version it replaces. Reload and try again.';
    case 429:
      return `Too many requests. ${wait(retryAfter)}`;
    case 503:
      return `The service is temporarily unavailable. ${wait(retryAfter)}`;
    default:
      return `The server failed (${status ?? 'unknown'}) on ${request}${said ? `: ${said}` : ''}. Retry; if it keeps failing, contact support.`;
  }
}

/** The write named a version that is no longer the stored one: someone else saved first. */
export function isStaleVersion(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status === 412;
}

/** What to tell the user about any failure, an ApiError's message or not. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
