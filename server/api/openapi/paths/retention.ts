import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import {
  retentionImpactSchema,
  retentionInputSchema,
  retentionSchema,
} from '../../../../src/api/schemas/retention';
import { IF_MATCH_PARAM, json, problems } from '../http';
import { impactQuery } from '../params';
import { PERMISSIONS } from '../rules';

/** How long each record type is kept: read, preview what a change removes, change it. */
export function registerRetentionPaths(registry: OpenAPIRegistry): void {
  const tags = ['Retention'];

  registry.registerPath({
    method: 'get',
    path: '/audit-retention',
    operationId: 'getRetention',
    tags,
    summary: 'Read the retention policy',
    description: `The defaults until an owner changes them. ${PERMISSIONS.read}`,
    responses: { 200: json(retentionSchema, 'The policy.', ['ETag']), ...problems(401, 403) },
  });

  registry.registerPath({
    method: 'get',
    path: '/audit-retention/impact',
    operationId: 'getRetentionImpact',
    tags,
    summary: 'How many records a policy would remove',
    description: `E.g. \`?access=30&activity=forever\`. ${PERMISSIONS.read}`,
    request: { query: impactQuery },
    responses: {
      200: json(retentionImpactSchema, 'Stored records older than each period, per record type.'),
      ...problems(400, 401, 403),
    },
  });

  registry.registerPath({
    method: 'put',
    path: '/audit-retention',
    operationId: 'replaceRetention',
    tags,
    summary: 'Change the retention policy',
    description:
      'A shorter period (or a limit where there was none) removes the older records at once; the ' +
      `Activity record of the change says how many. ${PERMISSIONS.manage}`,
    parameters: [IF_MATCH_PARAM],
    request: { body: { required: true, content: { 'application/json': { schema: retentionInputSchema } } } },
    responses: {
      200: json(retentionSchema, 'The policy as saved.', ['ETag']),
      ...problems(400, 401, 403, 412, 428),
    },
  });
}
