import { Hono } from '../hono';

/**
 * GET /openapi.json: the API's OpenAPI document. Anyone who reaches the API may read it, without
 * an identity: it describes the API and holds no data. The generator is loaded on the first
 * request, so the demo page, which hosts this API, downloads it only if someone asks.
 */
export function openApiRoutes(): Hono {
  return new Hono().get('/openapi.json', async () => {
    const { openApiDocument } = await import('../openapi/document');
    return Response.json(openApiDocument());
  });
}
