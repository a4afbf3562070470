import { beforeEach, describe, expect, it } from 'vitest';
import type { AuditRecord } from '../../src/api/streams';
import { createApi } from './createApi';
import { FIXTURE_RECORDS, fixtureStore, signedInAs } from './testing';

const store = fixtureStore();
const api = createApi({ store, identity: async () => signedInAs('auditor') });
const call = async (path: string) => api.fetch(new Request(`http://api.test/api/v1${path}`));

interface Page {
  items: AuditRecord[];
  nextCursor: string | null;
  total: number;
}

beforeEach(() => store.reset());

describe('GET /audit/{stream}/records', () => {
  it('pages through every match, newest first, following nextCursor', async () => {
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
      const response = await call(`/audit/authentication/records?limit=4${query}`);
      expect(response.status).toBe(200);
      const page = (await response.json()) as Page;
      expect(page.total).toBe(FIXTURE_RECORDS);
      ids.push(...page.items.map((r) => r.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor !== null);
    expect(pages).toBe(2);
    expect(ids).toEqual(['auth-0', 'auth-1', 'auth-2', 'auth-3', 'auth-4', 'auth-5']);
  });

  it('searches and sorts as the query language says', async () => {
    const page = (await (
      await call(
        `/audit/authentication/records?q=${encodeURIComponent('email:ada* -event:success')}&sort=time`,
      )
    ).json()) as Page;
    expect(page.items.map((r) => r.id)).toEqual(['auth-4', 'auth-2']);
  });

  it.each([
    ['cursor', 'cursor=not-ours'],
    ['q', 'q=(stage:mfa'],
    ['sort', 'sort=id'],
    ['limit', 'limit=5000'],
  ])('400 naming "%s"', async (field, query) => {
    const response = await call(`/audit/authentication/records?${query}`);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.detail).toContain(`"${field}"`);
    expect(body.errors[0].field).toBe(field);
  });

  it('reads one record by id, and 404s another', async () => {
    expect(await (await call('/audit/authentication/records/auth-3')).json()).toMatchObject({
      id: 'auth-3',
      event: 'success',
    });
    const missing = await call('/audit/authentication/records/auth-99');
    expect(missing.status).toBe(404);
    expect((await missing.json()).detail).toContain('auth-99');
  });
});
