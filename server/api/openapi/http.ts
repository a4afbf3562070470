/**
 * What every route shares: problem+json answers, the headers of versioning, idempotency and
 * retries, registered once as components and referred to by operations.
 */
import type { OpenAPIRegistry, ResponseConfig } from '@asteasolutions/zod-to-openapi';
import type { z } from 'zod';
import { TOTAL_HEADER } from '../../../src/api/schemas/export';
import { IDEMPOTENCY_KEY, IF_MATCH } from './rules';

interface Ref {
  $ref: string;
  description?: string;
}
const ref = (kind: string, name: string): Ref => ({ $ref: `#/components/${kind}/${name}` });

const PROBLEMS = {
  400: ['BadRequest', 'A parameter or the body was refused; `errors` names each field at fault.'],
  401: ['Unauthorized', 'No signed-in identity: the host found no valid session (the demo always has one).'],
  403: ['Forbidden', 'The identity lacks a permission this needs; `detail` names it.'],
  404: ['NotFound', 'There is no such resource.'],
  409: ['Conflict', 'The write conflicts with another resource; `errors` names the field.'],
  413: ['ContentTooLarge', 'The body is larger than the operation accepts; `detail` names the limit.'],
  415: [
    'UnsupportedMediaType',
    'A Content-Type or Content-Encoding the operation does not take; `detail` lists those it does.',
  ],
  429: ['TooManyRequests', 'Too much at once: wait the seconds `Retry-After` says and send it again.'],
  412: ['PreconditionFailed', 'If-Match names a version that is no longer current: read it again.'],
  428: ['PreconditionRequired', 'If-Match is missing: send the ETag of your last read.'],
  500: ['ServerError', 'The server failed; what went wrong is in its log, not in the answer.'],
  503: ['Unavailable', 'Overloaded or down for maintenance: said by what runs the API or stands before it.'],
} as const;
export type ProblemStatus = keyof typeof PROBLEMS;

const HEADERS = {
  ETag: 'The version shown. Send it back as If-Match to change or delete the resource.',
  Location: 'Where the new resource is read, changed and deleted.',
  [TOTAL_HEADER]: 'How many records the body holds, announced before the first one arrives.',
  'Retry-After': 'Seconds to wait before trying again.',
  'Content-Disposition': 'An attachment named after the stream and format, e.g. `access.csv`.',
} as const;
type HeaderName = keyof typeof HEADERS;
const headerRef = (name: HeaderName) => ref('headers', name.replaceAll('-', ''));

const PROBLEM_HEADERS: Partial<Record<ProblemStatus, HeaderName>> = {
  412: 'ETag',
  428: 'ETag',
  429: 'Retry-After',
  503: 'Retry-After',
};

export function registerHttpComponents(registry: OpenAPIRegistry): void {
  for (const [name, description] of Object.entries(HEADERS))
    registry.registerComponent('headers', name.replaceAll('-', ''), {
      description,
      schema: { type: 'string' },
    });
  for (const [status, [name, description]] of Object.entries(PROBLEMS)) {
    const header = PROBLEM_HEADERS[Number(status) as ProblemStatus];
    registry.registerComponent('responses', name, {
      description,
      ...(header ? { headers: { [header]: headerRef(header) } } : {}),
      content: { 'application/problem+json': { schema: ref('schemas', 'Problem') } },
    });
  }
  registry.registerComponent('parameters', 'IfMatch', {
    name: 'If-Match',
    in: 'header',
    required: true,
    description: IF_MATCH,
    schema: { type: 'string' },
  });
  registry.registerComponent('parameters', 'IdempotencyKey', {
    name: 'Idempotency-Key',
    in: 'header',
    required: false,
    description: IDEMPOTENCY_KEY,
    schema: { type: 'string' },
  });
}

export const IF_MATCH_PARAM = ref('parameters', 'IfMatch');
export const IDEMPOTENCY_KEY_PARAM = ref('parameters', 'IdempotencyKey');

/** Problem answers, each a status or a status with words for this operation; 500 and 503 always. */
export function problems(
  ...statuses: (ProblemStatus | readonly [ProblemStatus, string])[]
): Record<string, Ref> {
  const answers: Record<string, Ref> = {};
  for (const entry of [...statuses, 500, 503] as const) {
    const [status, description] = typeof entry === 'number' ? [entry, undefined] : entry;
    answers[status] = { ...ref('responses', PROBLEMS[status][0]), ...(description ? { description } : {}) };
  }
  return answers;
}

/** A JSON answer; `headers` names response headers it carries. */
export function json(
  schema: z.ZodType,
  description: string,
  headers: readonly HeaderName[] = [],
): ResponseConfig {
  return {
    description,
    ...(headers.length ? { headers: headersOf(...headers) } : {}),
    content: { 'application/json': { schema } },
  };
}

export function headersOf(...names: HeaderName[]): Record<string, Ref> {
  return Object.fromEntries(names.map((h) => [h, headerRef(h)]));
}
