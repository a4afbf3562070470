import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { meSchema } from '../../../../src/api/schemas/me';
import { json, problems } from '../http';

export const DOCUMENT_PATH = '/openapi.json';

/** Who is asking, and this document. */
export function registerSessionPaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: 'get',
    path: '/me',
    operationId: 'getMe',
    tags: ['Session'],
    summary: 'Who is signed in',
    description: 'The user, organisation, role and permissions of the identity; needs no permission.',
    responses: { 200: json(meSchema, 'The identity.'), ...problems(401) },
  });

  registry.registerPath({
    method: 'get',
    path: DOCUMENT_PATH,
    operationId: 'getOpenApiDocument',
    tags: ['Session'],
    summary: 'This document',
    description: 'The OpenAPI 3.1 description of this API. Needs no identity: it holds no data.',
    responses: {
      200: {
        description: 'The document.',
        content: { 'application/json': { schema: { type: 'object' } } },
      },
      ...problems(),
    },
  });
}
