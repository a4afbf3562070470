import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import {
  destinationInputSchema,
  destinationListSchema,
  destinationSchema,
  testResultSchema,
} from '../../../../src/api/schemas/destinations';
import { IDEMPOTENCY_KEY_PARAM, IF_MATCH_PARAM, json, problems } from '../http';
import { idParam } from '../params';
import { PERMISSIONS } from '../rules';

const body = {
  required: true,
  content: { 'application/json': { schema: destinationInputSchema } },
};
const params = idParam("The destination's `id`.");
const missing = [404, 'There is no audit destination with this id.'] as const;

/** Where records are sent: list, create, read, replace, delete, and send a test batch. */
export function registerDestinationPaths(registry: OpenAPIRegistry): void {
  const tags = ['Audit destinations'];
  const path = '/audit-destinations';

  registry.registerPath({
    method: 'get',
    path,
    operationId: 'listDestinations',
    tags,
    summary: 'List audit destinations',
    description: `Every destination, by name, each with its \`etag\`. ${PERMISSIONS.read}`,
    responses: { 200: json(destinationListSchema, 'The destinations.'), ...problems(401, 403) },
  });

  registry.registerPath({
    method: 'post',
    path,
    operationId: 'createDestination',
    tags,
    summary: 'Add an audit destination',
    description: `Adds a destination and an Activity record of the change. ${PERMISSIONS.manage}`,
    parameters: [IDEMPOTENCY_KEY_PARAM],
    request: { body },
    responses: {
      201: json(
        destinationSchema,
        'The new destination (or, for a repeated Idempotency-Key, the first one).',
        ['ETag', 'Location'],
      ),
      ...problems(400, 401, 403),
    },
  });

  registry.registerPath({
    method: 'get',
    path: `${path}/{id}`,
    operationId: 'getDestination',
    tags,
    summary: 'Read an audit destination',
    description: PERMISSIONS.read,
    request: { params },
    responses: { 200: json(destinationSchema, 'The destination.', ['ETag']), ...problems(401, 403, missing) },
  });

  registry.registerPath({
    method: 'put',
    path: `${path}/{id}`,
    operationId: 'replaceDestination',
    tags,
    summary: 'Change an audit destination',
    description:
      'Replaces the settings (the secret as `secret` says). Saving what is stored changes nothing: ' +
      `same ETag, no Activity record. ${PERMISSIONS.manage}`,
    parameters: [IF_MATCH_PARAM],
    request: { params, body },
    responses: {
      200: json(destinationSchema, 'The destination as saved.', ['ETag']),
      ...problems(400, 401, 403, missing, 412, 428),
    },
  });

  registry.registerPath({
    method: 'delete',
    path: `${path}/{id}`,
    operationId: 'deleteDestination',
    tags,
    summary: 'Delete an audit destination',
    description: PERMISSIONS.manage,
    parameters: [IF_MATCH_PARAM],
    request: { params },
    responses: { 204: { description: 'Deleted.' }, ...problems(401, 403, missing, 412, 428) },
  });

  registry.registerPath({
    method: 'post',
    path: `${path}/{id}/test`,
    operationId: 'testDestination',
    tags,
    summary: 'Send a test batch',
    description:
      "Sends one batch in the destination's format and records the delivery as its last one. " +
      PERMISSIONS.manage,
    request: { params },
    responses: {
      200: json(testResultSchema, 'The request as sent (secrets masked) and the delivery result.'),
      ...problems(401, 403, missing),
    },
  });
}
