import { OpenAPIRegistry, OpenApiGeneratorV31 } from '@asteasolutions/zod-to-openapi';
import { MANAGE_AUDIT_SETTINGS } from '../../../src/api/permissions';
import { READ_AUDIT_LOGS } from '../../../src/api/schemas/me';
import { streamContracts, streamNames } from '../../../src/api/streams';
import { registerHttpComponents } from './http';
import { fixNullableRefs } from './nullableRefs';
import { registerAuditPaths } from './paths/audit';
import { registerDestinationPaths } from './paths/destinations';
import { registerIngestPaths } from './paths/ingest';
import { registerIngestTokenPaths } from './paths/ingestTokens';
import { registerRetentionPaths } from './paths/retention';
import { registerSavedSearchPaths } from './paths/savedSearches';
import { registerSessionPaths } from './paths/session';
import { registerStreamPaths } from './paths/streams';
import { nameContractSchemas } from './schemas';

export type OpenApiDocument = ReturnType<OpenApiGeneratorV31['generateDocument']>;

/** Where the API is mounted; the document's paths are relative to it. */
export const API_BASE = '/api/v1';

const DESCRIPTION = [
  "The audit console's HTTP API, generated from the zod contract the server validates with " +
    '(`src/api/schemas`, `src/api/streams`). Rules a JSON Schema cannot carry (zod refinements, ' +
    'checks against the stream) are stated in the descriptions of the parameters and schemas.',
  `This document (\`GET ${API_BASE}/openapi.json\`) is readable by anyone who can reach the API, ` +
    'without an identity: it describes the API and holds no data. Every other operation runs as the ' +
    "identity the host resolves for the request (the demo: its own user; a server: the session's " +
    `user; none: 401) and needs \`${READ_AUDIT_LOGS}\`; changing destinations or retention, and ingest tokens, also need ` +
    `\`${MANAGE_AUDIT_SETTINGS}\`. A missing permission is answered with 403.`,
  'Every error is an RFC 9457 `application/problem+json` body whose `detail` names the parameter at ' +
    'fault. Reads of a destination, the retention policy or a saved search carry an `ETag`, which ' +
    '`PUT` and `DELETE` must send back as `If-Match`; a `POST` may carry an `Idempotency-Key`. A ' +
    '503 carries `Retry-After`.',
].join('\n\n');

function tags() {
  return [
    { name: 'Session', description: 'Who is asking, and this document.' },
    { name: 'Audit', description: 'Reads across every stream.' },
    ...streamNames.map((stream) => ({
      name: streamContracts[stream].title,
      description: `The ${streamContracts[stream].title} stream: \`${API_BASE}/audit/${stream}/…\`.`,
    })),
    { name: 'Audit destinations', description: 'Where records are sent.' },
    { name: 'Retention', description: 'How long each record type is kept.' },
    { name: 'Saved searches', description: 'Named searches of a stream.' },
    { name: 'Ingestion', description: 'Audit records sent to the console, and those it could not store.' },
  ];
}

/** The document, built from the contract's zod schemas and the routes' rules. */
export function buildOpenApiDocument(): OpenApiDocument {
  const registry = new OpenAPIRegistry();
  const schemas = nameContractSchemas();
  registerHttpComponents(registry);
  registerSessionPaths(registry);
  registerAuditPaths(registry);
  for (const stream of streamNames) registerStreamPaths(registry, stream);
  registerDestinationPaths(registry);
  registerRetentionPaths(registry);
  registerSavedSearchPaths(registry);
  registerIngestPaths(registry);
  registry.registerComponent('securitySchemes', 'ingestToken', {
    type: 'http',
    scheme: 'bearer',
    description: "An ingest token from Settings → Ingestion (or the server's INGEST_TOKEN).",
  });
  registerIngestTokenPaths(registry);
  // zod 4 schemas have a `type`, so the generator skips plain schemas: hand them over as definitions
  const first = schemas.map((schema) => ({ type: 'schema' as const, schema }));
  const generator = new OpenApiGeneratorV31([...first, ...registry.definitions], {
    sortComponents: 'alphabetically',
  });
  const document = generator.generateDocument({
    openapi: '3.1.0',
    info: { title: 'Audit console API', version: '1', description: DESCRIPTION },
    servers: [{ url: API_BASE }],
    tags: tags(),
  });
  return fixNullableRefs(document);
}

let built: OpenApiDocument | undefined;

/** Built once: the schemas don't change while the process runs. */
export function openApiDocument(): OpenApiDocument {
  return (built ??= buildOpenApiDocument());
}

/** `openapi.json` as committed: two-space JSON with a final newline. */
export function renderOpenApi(document: OpenApiDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}
