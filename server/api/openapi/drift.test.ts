import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { buildOpenApiDocument, renderOpenApi } from './document';

const committed = fileURLToPath(new URL('../../../openapi.json', import.meta.url));

it('openapi.json is what the code generates', () => {
  const text = existsSync(committed) ? readFileSync(committed, 'utf8') : '';
  expect(text, 'openapi.json differs from the API: run `npm run openapi` and commit it').toBe(
    renderOpenApi(buildOpenApiDocument()),
  );
});
