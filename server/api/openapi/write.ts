/**
 * `npm run openapi`: writes the document to openapi.json at the repository root. Run by Vite's
 * module runner (Node 20 can't run TypeScript itself, and the repo has no tsx or vite-node).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildOpenApiDocument, renderOpenApi } from './document';

const target = fileURLToPath(new URL('../../../openapi.json', import.meta.url));
writeFileSync(target, renderOpenApi(buildOpenApiDocument()));
console.log(`wrote ${target}`);
