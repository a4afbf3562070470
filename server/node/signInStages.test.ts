/**
 * Console sign-ins in the Authentication stream, on the SQL store (PGlite): the Overview's
 * failed sign-ins and its users with most failures count them like a provider's own stages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overviewSchema } from '../../src/api/schemas/overview';
import { CookieJar, browse, signInAs } from '../auth/testing/localProvider';
import { openSqlStore, type SqlStore } from '../sql/openStore';
import { startSignInHost } from './testSignInHost';

let store: SqlStore;
let host: Awaited<ReturnType<typeof startSignInHost<SqlStore>>>;
beforeAll(async () => {
  store = await openSqlStore({});
  host = await startSignInHost(store);
}, 120_000);
afterAll(async () => {
  await host?.close();
  await store?.close();
});

const DAY = '&from=2026-03-01T00:00:00.000Z&to=2026-03-01T23:59:59.999Z';

async function total(jar: CookieJar, stream: string, q: string): Promise<number> {
  const answer = await host.api(jar, `/audit/${stream}/records?q=${encodeURIComponent(q)}${DAY}`);
  const body = (await answer.json()) as { total?: { value?: number } | number };
  return typeof body.total === 'number' ? body.total : (body.total?.value ?? -1);
}

describe('console sign-ins as Authentication stage records', () => {
  it('counts failed console sign-ins in the Overview, and keeps their Activity records', async () => {
    const olivia = await host.signedIn('olivia');
    // refused by the domain rule: the provider said yes, the console no
    const eve = new CookieJar();
    const refused = await signInAs(eve, `${host.origin}/auth/login?return=%2F`, 'eve', host.origin);
    expect(refused.status).toBe(403);
    // the provider itself said no
    const nobody = new CookieJar();
    await browse(nobody, `${host.origin}/auth/login?return=%2F`);
    const denied = await browse(nobody, `${host.origin}/auth/callback?error=access_denied`);
    expect(denied.status).toBe(401);

    const answer = await host.api(olivia, `/audit/overview?${DAY.slice(1)}`);
    expect(answer.status).toBe(200);
    const overview = overviewSchema.parse(await answer.json());
    expect(overview.figures.find((f) => f.key === 'failed-sign-ins')?.count).toBe(2);
    expect(overview.tops.find((t) => t.key === 'failed-sign-in-users')?.items).toEqual([
      expect.objectContaining({ value: 'eve@elsewhere.test', count: 1 }),
    ]);

    expect(await total(olivia, 'authentication', 'stage:console_sign_in event:success')).toBe(1);
    expect(await total(olivia, 'authentication', 'stage:console_sign_in email:"eve@elsewhere.test"')).toBe(1);
    expect(await total(olivia, 'activity', 'controller:auth.session action:sign_in_failed')).toBe(2);
  });
});
