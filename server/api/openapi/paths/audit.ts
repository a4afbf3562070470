import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { formatCount } from '../../../../src/api/formatCount';
import { eventTypesSchema } from '../../../../src/api/schemas/eventTypes';
import { overviewSchema } from '../../../../src/api/schemas/overview';
import { timelineSchema } from '../../../../src/api/schemas/timeline';
import { TIMELINE_LIMIT } from '../../routes/timeline';
import { json, problems } from '../http';
import { overviewQuery, timelineQuery } from '../params';
import { PERMISSIONS } from '../rules';

/** What reads across the streams: the event catalogue, a timeline, the overview. */
export function registerAuditPaths(registry: OpenAPIRegistry): void {
  const tags = ['Audit'];

  registry.registerPath({
    method: 'get',
    path: '/audit/event-types',
    operationId: 'listEventTypes',
    tags,
    summary: 'The event catalogue',
    description: PERMISSIONS.read,
    responses: { 200: json(eventTypesSchema, 'Every event type.'), ...problems(401, 403) },
  });

  registry.registerPath({
    method: 'get',
    path: '/audit/timeline',
    operationId: 'getTimeline',
    tags,
    summary: 'Every record tied to a trace, session, token or request',
    description:
      'The records of every stream tied to the identifier, oldest first, up to ' +
      `${formatCount(TIMELINE_LIMIT)} (\`truncated\` says more matched). ${PERMISSIONS.read}`,
    request: { query: timelineQuery },
    responses: { 200: json(timelineSchema, 'The timeline.'), ...problems(400, 401, 403) },
  });

  registry.registerPath({
    method: 'get',
    path: '/audit/overview',
    operationId: 'getOverview',
    tags,
    summary: "The overview's figures and top lists",
    description:
      'Each figure and top list with the stream and query it counts, for the range and for the ' +
      `period as long just before it (none when \`from\` is absent: all time). ${PERMISSIONS.read}`,
    request: { query: overviewQuery },
    responses: { 200: json(overviewSchema, 'The overview.'), ...problems(400, 401, 403) },
  });
}
