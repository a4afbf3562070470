import { parse } from 'csv-parse/sync';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ActivityRecord } from '../../src/api/streams/activity';
import { createApi } from './createApi';
import { FIXTURE_RECORDS, fixtureStore, signedInAs } from './testing';

const store = fixtureStore();
const api = createApi({ store, identity: async () => signedInAs('auditor') });
const call = async (path: string) => api.fetch(new Request(`http://api.test/api/v1${path}`));

async function exportAudits(): Promise<ActivityRecord[]> {
  const page = (await (await call('/audit/activity/records?q=action:Log-downloaded')).json()) as {
    items: ActivityRecord[];
  };
  return page.items;
}

beforeEach(() => store.reset());

describe('GET /audit/{stream}/export', () => {
  it('streams a CSV download: the count first, then the header and one row per record', async () => {
    const response = await call('/audit/authentication/export?format=csv&columns=id,event,user_agent');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('Content-Disposition')).toBe('attachment; filename="authentication.csv"');
    expect(response.headers.get('X-Total-Count')).toBe(String(FIXTURE_RECORDS));

    // read as a client does, chunk by chunk, from a stream: not a body built up front
    expect(response.body).toBeInstanceOf(ReadableStream);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let text = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      text += decoder.decode(chunk.value, { stream: true });

    expect(text.startsWith('id,event,user_agent\r\n')).toBe(true);
    const rows = parse(text) as string[][];
    expect(rows).toHaveLength(FIXTURE_RECORDS + 1);
    expect(rows[1]).toEqual(['auth-0', 'success', 'Mozilla/5.0 "quoted", with a comma']);
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      'auth-0',
      'auth-1',
      'auth-2',
      'auth-3',
      'auth-4',
      'auth-5',
    ]);

    const [audit] = await exportAudits();
    expect(audit).toMatchObject({
      status: 'success',
      user_email: 'auditor@example.com',
      new_value_full: { stream: 'authentication', format: 'csv', records: FIXTURE_RECORDS },
    });
  });

  it('audits a download cancelled before its end as failed', async () => {
    const response = await call('/audit/authentication/export?format=ndjson');
    await response.body?.cancel();
    const [audit] = await exportAudits();
    expect(audit).toMatchObject({ status: 'failed', new_value_full: { records: 0 } });
  });

  it('400 names an unknown column before anything is streamed', async () => {
    const response = await call('/audit/authentication/export?format=csv&columns=id,password');
    expect(response.status).toBe(400);
    expect((await response.json()).detail).toContain('"columns"');
    expect(await exportAudits()).toEqual([]);
  });
});
