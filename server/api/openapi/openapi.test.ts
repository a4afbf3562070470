import { getRefId } from '@asteasolutions/zod-to-openapi';
import { describe, expect, it } from 'vitest';
import { streamContracts, streamNames } from '../../../src/api/streams';
import { createApi } from '../createApi';
import { ApiProblem, problem } from '../problem';
import { fixtureStore } from '../testing';
import { API_BASE, openApiDocument } from './document';
import { nameContractSchemas, streamSchemas } from './schemas';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const document = JSON.parse(JSON.stringify(openApiDocument())) as JsonObject;
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/** A `#/a/b` pointer's target, or undefined. */
function resolve(pointer: string): Json | undefined {
  let at: Json | undefined = document;
  for (const raw of pointer.replace(/^#\//, '').split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    at = isObject(at) ? at[key] : undefined;
  }
  return at;
}
const deref = (value: Json | undefined): Json | undefined =>
  isObject(value) && typeof value.$ref === 'string' ? resolve(value.$ref) : value;

function operations(): { key: string; path: string; operation: JsonObject }[] {
  const paths = isObject(document.paths) ? document.paths : {};
  return Object.entries(paths).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = isObject(item) ? item[method] : undefined;
      return isObject(operation) ? [{ key: `${method.toUpperCase()} ${path}`, path, operation }] : [];
    }),
  );
}

/** What the app serves, as the document writes it: a path per stream, `{id}` for `:id`. */
function served(): string[] {
  const signedOut = () => Promise.reject(new ApiProblem(problem(401, 'Sign in first.')));
  const app = createApi({ store: fixtureStore(), identity: signedOut });
  return app.routes.flatMap(({ method, path }) => {
    // middleware (app.use: the refusal audit) is listed as ALL, but serves nothing of its own
    if (method === 'ALL') return [];
    expect(path.startsWith(`${API_BASE}/`), path).toBe(true);
    const documented = path.slice(API_BASE.length).replace(/:(\w+)/g, '{$1}');
    const paths = documented.includes('{stream}')
      ? streamNames.map((stream) => documented.replace('{stream}', stream))
      : [documented];
    return paths.map((p) => `${method} ${p}`);
  });
}

describe('openapi.json', () => {
  it('documents every route the app serves, and nothing else', () => {
    const documented = operations().map((o) => o.key);
    expect([...documented].sort()).toEqual([...new Set(served())].sort());
  });

  it('resolves every $ref within the document', () => {
    const refs: string[] = [];
    const visit = (value: Json): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (isObject(value))
        for (const [key, inner] of Object.entries(value))
          if (key === '$ref' && typeof inner === 'string') refs.push(inner);
          else visit(inner);
    };
    visit(document);
    expect(refs.length).toBeGreaterThan(100);
    expect(refs.filter((ref) => !ref.startsWith('#/') || resolve(ref) === undefined)).toEqual([]);
  });

  it('gives every operation a unique operationId, a 2xx answer and a problem answer', () => {
    const ids = operations().map(({ operation }) => operation.operationId);
    expect(ids.every((id) => typeof id === 'string' && id !== '')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { key, operation } of operations()) {
      const responses = Object.entries(isObject(operation.responses) ? operation.responses : {});
      expect(
        responses.some(([status]) => /^2\d\d$/.test(status)),
        key,
      ).toBe(true);
      const problems = responses.filter(([, response]) => {
        const content = deref(response);
        return (
          isObject(content) && isObject(content.content) && 'application/problem+json' in content.content
        );
      });
      expect(problems.length, key).toBeGreaterThan(0);
    }
  });

  it('declares each path template parameter as a required path parameter', () => {
    for (const { key, path, operation } of operations()) {
      const declared = (Array.isArray(operation.parameters) ? operation.parameters : [])
        .map(deref)
        .filter((p): p is JsonObject => isObject(p) && p.in === 'path' && p.required === true)
        .map((p) => p.name);
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(declared, key).toEqual(templated);
    }
  });

  it('is OpenAPI 3.1 with a component per record type and per settings document', () => {
    expect(document.openapi).toBe('3.1.0');
    const schemas = isObject(document.components) ? document.components.schemas : undefined;
    const names = Object.keys(isObject(schemas) ? schemas : {});
    const records = streamNames.map((s) => `${streamContracts[s].title}Record`);
    expect(names).toEqual(expect.arrayContaining([...records, 'Destination', 'Retention', 'SavedSearch']));
  });

  it('makes a component nullable exactly when its schema accepts null', () => {
    const named = [...nameContractSchemas(), ...streamNames.map((s) => streamSchemas(s).record)];
    for (const schema of named) {
      const name = getRefId(schema) ?? '';
      const component = resolve(`#/components/schemas/${name}`);
      const type = isObject(component) ? component.type : undefined;
      const nullable = Array.isArray(type) ? type.includes('null') : type === 'null';
      expect(nullable, name).toBe(schema.safeParse(null).success);
    }
  });

  it('states the rules the schemas cannot carry', () => {
    const search = resolve('#/paths/~1audit~1access~1records/get');
    const parameters = isObject(search) && Array.isArray(search.parameters) ? search.parameters : [];
    const from = parameters.find((p) => isObject(p) && p.name === 'from');
    expect(isObject(from) && from.description).toMatch(/now-15m.*Must not be after `to`/s);
    const input = resolve('#/components/schemas/DestinationInput');
    expect(isObject(input) && input.description).toMatch(/public host/);
  });

  it('is served at /api/v1/openapi.json to a request without an identity', async () => {
    const signedOut = () => Promise.reject(new ApiProblem(problem(401, 'Sign in first.')));
    const app = createApi({ store: fixtureStore(), identity: signedOut });
    const response = await app.fetch(new Request(`http://api.test${API_BASE}/openapi.json`));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(document);
    expect((await app.fetch(new Request(`http://api.test${API_BASE}/me`))).status).toBe(401);
  });
});
