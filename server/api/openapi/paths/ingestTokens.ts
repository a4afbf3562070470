import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import {
  createdIngestTokenSchema,
  ingestTokenInputSchema,
  ingestTokenListSchema,
  ingestTokenSchema,
} from '../../../../src/api/schemas/ingest';
import { headersOf, IDEMPOTENCY_KEY_PARAM, json, problems } from '../http';
import { idParam } from '../params';
import { INGEST_TOKEN_IDEMPOTENCY, PERMISSIONS } from '../rules';

/** Who may send records to POST /ingest: list, create (the secret, once), revoke. */
export function registerIngestTokenPaths(registry: OpenAPIRegistry): void {
  const tags = ['Ingestion'];
  const path = '/ingest/tokens';

  registry.registerPath({
    method: 'get',
    path,
    operationId: 'listIngestTokens',
    tags,
    summary: 'List ingest tokens',
    description:
      "Every token, revoked and expired ones too: the server environment's (`INGEST_TOKEN`) first, then " +
      `the newest. Never a secret or its hash. ${PERMISSIONS.manage}`,
    responses: { 200: json(ingestTokenListSchema, 'The tokens.'), ...problems(401, 403) },
  });

  registry.registerPath({
    method: 'post',
    path,
    operationId: 'createIngestToken',
    tags,
    summary: 'Create an ingest token',
    description:
      'Makes a token and answers with its secret: the only answer that ever carries it (the server ' +
      'keeps a SHA-256 hash). Send it as `Authorization: Bearer <secret>` to `POST /ingest`. An ' +
      `Activity record (controller \`audit.ingest_tokens\`) notes the creation. ${PERMISSIONS.manage}`,
    parameters: [IDEMPOTENCY_KEY_PARAM],
    request: {
      body: { required: true, content: { 'application/json': { schema: ingestTokenInputSchema } } },
    },
    responses: {
      201: {
        ...json(createdIngestTokenSchema, 'The new token and its secret.'),
        headers: headersOf('Location'),
      },
      ...problems([400, '`errors` names the field at fault; `expiresAt` must be in the future.'], 401, 403, [
        409,
        INGEST_TOKEN_IDEMPOTENCY,
      ]),
    },
  });

  registry.registerPath({
    method: 'delete',
    path: `${path}/{id}`,
    operationId: 'revokeIngestToken',
    tags,
    summary: 'Revoke an ingest token',
    description:
      'From now on the token is refused (401). It stays listed, with `revokedAt` and `revokedBy`; an ' +
      `Activity record notes the revocation. Revoking a revoked token changes nothing. ${PERMISSIONS.manage}`,
    request: { params: idParam("The token's `id`.") },
    responses: {
      200: json(ingestTokenSchema, 'The token, revoked.'),
      ...problems(
        401,
        403,
        [404, 'There is no ingest token with this id.'],
        [
          409,
          "The server environment's token: remove `INGEST_TOKEN` from the server's environment and restart.",
        ],
      ),
    },
  });
}
