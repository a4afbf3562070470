/**
 * The ingest-token routes, run by the contract suite (stores.contract.test.ts) on every store:
 * tokens are settings documents, so the SQL stores must keep them, their idempotency keys and
 * their revocations exactly as the memory store does.
 */
import { expect, it } from 'vitest';
import type { CreatedIngestToken, IngestToken } from '../../src/api/schemas/ingest';
import type { ActivityRecord } from '../../src/api/streams/activity';
import { ENVIRONMENT_TOKEN_ID, ensureEnvironmentToken } from '../engine/environmentToken';
import { hashSecret } from '../engine/ingestTokens';
import type { AuditStore } from '../engine/types';
import { apiClient } from './client';

const PATH = '/ingest/tokens';
const FUTURE = '2999-01-01T00:00:00+02:00';
const input = { name: 'Agilicus audit destination', streams: ['access', 'authorisation'], expiresAt: FUTURE };
const ENV_SECRET = 'env-Q3n5Kc9Wm2Xr7Tb4Lz8Hv6Jp';

export function ingestTokenCases(current: () => AuditStore): void {
  /** The tokens' audit trail, oldest first (the audit trail numbers records made in one millisecond). */
  const trail = async (store: AuditStore) => {
    const { items } = await apiClient(store).json<{ items: ActivityRecord[] }>(
      '/audit/activity/records?q=controller:audit.ingest_tokens',
    );
    const order = (r: ActivityRecord) => [
      Date.parse(r.event_time),
      parseInt(r.id.split('-').pop() ?? '', 36),
    ];
    return items.sort((a, b) => {
      const [x, y] = [order(a), order(b)];
      return (x[0] ?? 0) - (y[0] ?? 0) || (x[1] ?? 0) - (y[1] ?? 0);
    });
  };

  it('an owner creates a token (the secret once, only its hash kept), lists and revokes it, each audited', async () => {
    const store = current();
    const api = apiClient(store);
    const created = await api.call('POST', PATH, input);
    expect(created.status).toBe(201);
    expect(created.headers.get('Cache-Control')).toBe('no-store');
    const { token, secret } = (await created.json()) as CreatedIngestToken;
    expect(secret).toMatch(/^aci_[A-Za-z0-9]{32}$/);
    expect(created.headers.get('Location')).toBe(`/api/v1${PATH}/${token.id}`);
    expect(token).toMatchObject({
      name: input.name,
      streams: input.streams,
      expiresAt: '2998-12-31T22:00:00.000Z',
      createdBy: 'owner@example.com',
      lastUsedAt: null,
      revokedAt: null,
      source: 'console',
      hint: secret.slice(-4),
    });
    expect((await store.ingestTokens.get(token.id))?.value.hash).toBe(await hashSecret(secret));

    const listed = await api.call('GET', PATH);
    const text = await listed.text();
    const hash = await hashSecret(secret);
    expect(text).not.toContain(secret);
    expect(text).not.toContain(hash);
    expect((JSON.parse(text) as { items: IngestToken[] }).items).toEqual([token]);

    const revoked = await api.call('DELETE', `${PATH}/${token.id}`);
    expect(revoked.status).toBe(200);
    const after = (await revoked.json()) as IngestToken;
    expect(after).toMatchObject({ id: token.id, revokedBy: 'owner@example.com' });
    expect(after.revokedAt).not.toBeNull();
    // again: nothing changes, nothing more is audited
    const again = await api.call('DELETE', `${PATH}/${token.id}`);
    expect([again.status, await again.json()]).toEqual([200, after]);
    expect((await api.json<{ items: IngestToken[] }>(PATH)).items).toEqual([after]);
    expect((await api.call('DELETE', `${PATH}/igt-none`)).status).toBe(404);

    const audits = await trail(store);
    expect(audits.map((r) => [r.action, r.user_email, r.entity_id, r.comments])).toEqual([
      ['model_created', 'owner@example.com', token.id, `Ingest token "${input.name}" created`],
      ['model_updated', 'owner@example.com', token.id, `Ingest token "${input.name}" revoked`],
    ]);
    const written = JSON.stringify(audits);
    expect(written).not.toContain(secret);
    expect(written).not.toContain(hash);
    expect(audits[0]?.new_value_full).toMatchObject({ name: input.name, streams: input.streams });
  });

  it('makes one token of a create sent twice with one Idempotency-Key, and tells a later retry the secret is gone', async () => {
    const store = current();
    const api = apiClient(store);
    const key = { 'Idempotency-Key': 'create-1' };
    const first = await api.call('POST', PATH, input, key);
    const second = await api.call('POST', PATH, input, key);
    expect([first.status, second.status]).toEqual([201, 201]);
    const [a, b] = [(await first.json()) as CreatedIngestToken, (await second.json()) as CreatedIngestToken];
    expect(b).toEqual(a);
    expect((await api.json<{ items: unknown[] }>(PATH)).items).toHaveLength(1);
    expect(await trail(store)).toHaveLength(1);

    // another process (a restart) holds no secret: the retry is refused, no second token is made
    const restarted = await apiClient(store).call('POST', PATH, input, key);
    expect(restarted.status).toBe(409);
    expect(restarted.headers.get('Content-Type')).toBe('application/problem+json');
    const problem = (await restarted.json()) as { detail: string };
    expect(problem.detail).toMatch(/revoke the token and create another/);
    expect(JSON.stringify(problem)).not.toContain(a.secret);
    expect((await api.json<{ items: unknown[] }>(PATH)).items).toHaveLength(1);
  });

  it('refuses an expiry in the past, naming the field, and a body without a stream', async () => {
    const api = apiClient(current());
    const past = await api.call('POST', PATH, { ...input, expiresAt: '2001-01-01T00:00:00Z' });
    expect(past.status).toBe(400);
    expect(((await past.json()) as { errors: unknown }).errors).toEqual([
      { field: 'expiresAt', message: 'Choose a time in the future, or no expiry.' },
    ]);
    const none = await api.call('POST', PATH, { ...input, streams: [] });
    expect(((await none.json()) as { errors: unknown }).errors).toEqual([
      { field: 'streams', message: 'Choose at least one record type the token may write.' },
    ]);
    expect((await api.json<{ items: unknown[] }>(PATH)).items).toEqual([]);
  });

  it('is for owners only: auditors and members get 403 on every route', async () => {
    const store = current();
    const { token } = (await (await apiClient(store).call('POST', PATH, input)).json()) as CreatedIngestToken;
    for (const role of ['auditor', 'member'] as const) {
      const api = apiClient(store, role);
      for (const [method, path, body] of [
        ['GET', PATH],
        ['POST', PATH, input],
        ['DELETE', `${PATH}/${token.id}`],
      ] as const) {
        const refused = await api.call(method, path, body);
        expect(refused.status, `${role} ${method}`).toBe(403);
        expect(refused.headers.get('Content-Type')).toBe('application/problem+json');
      }
    }
    expect((await store.ingestTokens.get(token.id))?.value.revokedAt).toBeNull();
  });

  it('keeps the environment token in line with INGEST_TOKEN, and refuses to revoke it here', async () => {
    const store = current();
    const api = apiClient(store);
    expect(await ensureEnvironmentToken(store, null)).toBe('none');
    expect(await ensureEnvironmentToken(store, ENV_SECRET)).toBe('created');
    expect(await ensureEnvironmentToken(store, ENV_SECRET)).toBe('unchanged');
    const made = await store.ingestTokens.get(ENVIRONMENT_TOKEN_ID);
    expect(made?.value).toMatchObject({
      name: 'INGEST_TOKEN (server environment)',
      source: 'environment',
      createdBy: 'INGEST_TOKEN',
      streams: ['authentication', 'authorisation', 'access', 'activity'],
      hash: await hashSecret(ENV_SECRET),
      hint: 'v6Jp',
    });
    // listed first, like any token but without a secret
    await api.call('POST', PATH, input);
    const { items } = await api.json<{ items: IngestToken[] }>(PATH);
    expect(items.map((t) => t.source)).toEqual(['environment', 'console']);
    expect(JSON.stringify(items)).not.toContain(ENV_SECRET);

    const refused = await api.call('DELETE', `${PATH}/${ENVIRONMENT_TOKEN_ID}`);
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(
      /remove INGEST_TOKEN from the server's environment and restart/,
    );

    // a changed secret replaces the hash; an unset one revokes the token
    expect(await ensureEnvironmentToken(store, `${ENV_SECRET}-2`)).toBe('replaced');
    expect((await store.ingestTokens.get(ENVIRONMENT_TOKEN_ID))?.value.hash).toBe(
      await hashSecret(`${ENV_SECRET}-2`),
    );
    expect(await ensureEnvironmentToken(store, null)).toBe('revoked');
    const revoked = (await store.ingestTokens.get(ENVIRONMENT_TOKEN_ID))?.value;
    expect(revoked).toMatchObject({ revokedBy: 'INGEST_TOKEN' });
    expect(revoked?.revokedAt).not.toBeNull();
    expect(await ensureEnvironmentToken(store, null)).toBe('none');
    // revoked already: a DELETE changes nothing rather than refusing
    expect((await api.call('DELETE', `${PATH}/${ENVIRONMENT_TOKEN_ID}`)).status).toBe(200);
    const audits = (await trail(store)).filter((r) => r.entity_id === ENVIRONMENT_TOKEN_ID);
    expect(audits.map((r) => [r.action, r.user_email])).toEqual([
      ['model_created', 'INGEST_TOKEN'],
      ['model_updated', 'INGEST_TOKEN'],
      ['model_updated', 'INGEST_TOKEN'],
    ]);
    expect(JSON.stringify(audits)).not.toContain(ENV_SECRET);
  });
}
