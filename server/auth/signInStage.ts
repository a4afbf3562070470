import { randomId } from '../../src/api/randomId';
import type { AuthenticationRecord } from '../../src/api/streams/authentication';
import type { AuditStore } from '../engine/types';
import type { OidcSettings } from './settings';

/** The stage a console sign-in is, among the provider's own stages in the Authentication stream. */
export const CONSOLE_SIGN_IN_STAGE = 'console_sign_in';

export interface SignInAttempt {
  /** the stream's outcomes: `access_denied` when the provider said yes but the rules said no */
  event: 'success' | 'failure' | 'access_denied';
  user: { id: string; email: string | null } | null;
  /** the session's handle, once there is one */
  session: string | null;
  userAgent: string | null;
}

/**
 * Each sign-in to the console is also an Authentication stage record, as a provider's login
 * stages are: so the Overview's failed sign-ins, its users with most failures and every
 * Authentication search count console sign-ins with no special case. The Activity record
 * (auditSessions.ts) stays the account of what the console did.
 */
export async function recordSignInStage(
  store: Pick<AuditStore, 'append'>,
  settings: Pick<OidcSettings, 'issuer' | 'clientId'>,
  attempt: SignInAttempt,
  now: number,
): Promise<void> {
  const record: AuthenticationRecord = {
    id: `auth-console-${now.toString(36)}-${randomId().slice(0, 8)}`,
    time: new Date(now).toISOString(),
    user_id: attempt.user?.id ?? null,
    upstream_user_id: null,
    email: attempt.user?.email ?? null,
    org_id: settings.issuer.host,
    org_name: settings.issuer.host,
    event: attempt.event,
    // required by the stream; behind a proxy the socket's address is the proxy's, and a
    // forwarded-for header is anyone's to write: not known is the truth
    source_ip: 'unknown',
    token_id: null,
    trace_id: randomId(),
    session: attempt.session,
    issuer: settings.issuer.href,
    client_id: settings.clientId,
    application_name: 'Audit console',
    login_org_id: null,
    login_org_name: null,
    upstream_idp: null,
    stage: CONSOLE_SIGN_IN_STAGE,
    user_agent: attempt.userAgent,
  };
  await store.append('authentication', record, now);
}
