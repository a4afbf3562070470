import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import {
  savedSearchInputSchema,
  savedSearchListSchema,
  savedSearchSchema,
} from '../../../../src/api/schemas/savedSearches';
import { IDEMPOTENCY_KEY_PARAM, IF_MATCH_PARAM, json, problems } from '../http';
import { idParam, savedSearchesQuery } from '../params';
import { PERMISSIONS } from '../rules';

const body = {
  required: true,
  content: { 'application/json': { schema: savedSearchInputSchema } },
};
const params = idParam("The saved search's `id`.");
const missing = [404, 'There is no saved search with this id.'] as const;
const taken = [409, 'The stream already has a search of this name.'] as const;

/** A name, a stream and its search: list, save, read, replace, delete. Auditors may write. */
export function registerSavedSearchPaths(registry: OpenAPIRegistry): void {
  const tags = ['Saved searches'];
  const path = '/saved-searches';

  registry.registerPath({
    method: 'get',
    path,
    operationId: 'listSavedSearches',
    tags,
    summary: 'List saved searches',
    description: `Every saved search, by name. ${PERMISSIONS.read}`,
    request: { query: savedSearchesQuery },
    responses: { 200: json(savedSearchListSchema, 'The saved searches.'), ...problems(400, 401, 403) },
  });

  registry.registerPath({
    method: 'post',
    path,
    operationId: 'createSavedSearch',
    tags,
    summary: 'Save a search',
    description: PERMISSIONS.read,
    parameters: [IDEMPOTENCY_KEY_PARAM],
    request: { body },
    responses: {
      201: json(
        savedSearchSchema,
        'The new saved search (or, for a repeated Idempotency-Key, the first one).',
        ['ETag', 'Location'],
      ),
      ...problems(400, 401, 403, taken),
    },
  });

  registry.registerPath({
    method: 'get',
    path: `${path}/{id}`,
    operationId: 'getSavedSearch',
    tags,
    summary: 'Read a saved search',
    description: PERMISSIONS.read,
    request: { params },
    responses: {
      200: json(savedSearchSchema, 'The saved search.', ['ETag']),
      ...problems(401, 403, missing),
    },
  });

  registry.registerPath({
    method: 'put',
    path: `${path}/{id}`,
    operationId: 'replaceSavedSearch',
    tags,
    summary: 'Change a saved search',
    description: `Saving what is stored changes nothing: same ETag, no Activity record. ${PERMISSIONS.read}`,
    parameters: [IF_MATCH_PARAM],
    request: { params, body },
    responses: {
      200: json(savedSearchSchema, 'The saved search as saved.', ['ETag']),
      ...problems(400, 401, 403, missing, taken, 412, 428),
    },
  });

  registry.registerPath({
    method: 'delete',
    path: `${path}/{id}`,
    operationId: 'deleteSavedSearch',
    tags,
    summary: 'Delete a saved search',
    description: PERMISSIONS.read,
    parameters: [IF_MATCH_PARAM],
    request: { params },
    responses: { 204: { description: 'Deleted.' }, ...problems(401, 403, missing, 412, 428) },
  });
}
