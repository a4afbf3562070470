import type { EventType } from '../../src/api/schemas/eventTypes';
import { andQueryTexts, printTerm } from '../../src/api/query';
import type { StreamName } from '../../src/api/streams';
import { ARDEXA_ACTIONS, type ArdexaAction } from './eventTypes.ardexa';
import { PRIVX_CATEGORIES, PRIVX_EVENTS } from './eventTypes.privx';

/** authentik's event actions, from its events documentation. */
const AUTHENTIK: readonly (readonly [string, string, string])[] = [
  ['login', 'Sessions', 'A user logs in (including the source, if available).'],
  ['login_failed', 'Sessions', 'A failed login attempt.'],
  ['logout', 'Sessions', 'A user logs out.'],
  ['user_write', 'Users', 'A user is written to during a flow execution.'],
  [
    'suspicious_request',
    'Security',
    'A suspicious request has been received (for example, a revoked token was used).',
  ],
  ['password_set', 'Users', 'A user sets their password.'],
  ['secret_view', 'Security', "A user views a token's/certificate's data."],
  ['secret_rotate', 'Security', 'A token was rotated automatically by authentik.'],
  ['invitation_used', 'Users', 'An invitation is used.'],
  ['authorize_application', 'Applications', 'A user authorizes an application.'],
  ['source_linked', 'Users', 'A user links a source to their account.'],
  [
    'impersonation_started',
    'Security',
    'A user starts impersonation, including the user that was impersonated.',
  ],
  ['impersonation_ended', 'Security', 'A user ends impersonation, including the user that was impersonated.'],
  ['policy_execution', 'Policies', 'A policy is executed (when a policy has "Execution Logging" enabled).'],
  ['policy_exception', 'Policies', 'A policy causes an exception.'],
  ['property_mapping_exception', 'Policies', 'A property mapping causes an exception.'],
  ['system_task_exception', 'System', 'An exception occurred in a system task.'],
  ['system_exception', 'System', 'A general exception in authentik occurred.'],
  [
    'configuration_error',
    'System',
    'A configuration error occurs, for example during the authorization of an application.',
  ],
  [
    'model_created',
    'Models',
    'A model is created, including the user that sent the request and the fields set.',
  ],
  [
    'model_updated',
    'Models',
    'A model is updated, including the user that sent the request and which fields changed, with their previous and new values.',
  ],
  ['model_deleted', 'Models', 'A model is deleted, including the user that sent the request.'],
  ['email_sent', 'System', 'An email has been sent. Included is the email that was sent.'],
  ['update_available', 'System', 'An update is available.'],
];

/** The Agilicus authentication-audit documentation: where in the login pipeline an authentication record was written. */
const STAGES: readonly (readonly [string, string])[] = [
  ['login_start', 'The client started a login: the first stage of every attempt.'],
  ['identify', 'The user said who they are (an email); the issuer looks them up.'],
  [
    'upstream_login',
    'The user was sent to an upstream identity provider (Google, Azure AD, Okta, …) to prove who they are.',
  ],
  ['password', 'A local user proved who they are with a password.'],
  ['mfa', 'Multi-factor authentication: a second factor was challenged and answered.'],
  ['authorize', 'Authentication rules decided whether the user may use the application.'],
  ['token_issue', 'An access token was issued for the session.'],
  ['token_refresh', 'An access token was reissued for an existing session.'],
  ['logout', 'The user ended the session.'],
  ['client_credentials', 'A service account proved its identity with client credentials.'],
];

/** The Agilicus authentication-audit documentation: what happened at a stage ("the meaning of the event depends on the stage"). */
const EVENTS: readonly (readonly [string, string])[] = [
  ['started', 'The stage began.'],
  ['success', 'The stage succeeded.'],
  [
    'failure',
    'The stage failed: wrong password, rejected upstream login, wrong MFA code or bad client credentials.',
  ],
  ['user_not_found', 'No user has the email given at the identify stage.'],
  ['redirect', 'The user was redirected to the upstream identity provider.'],
  ['challenge', 'A multi-factor challenge was sent to the user.'],
  ['timeout', 'The user did not answer the multi-factor challenge in time.'],
  ['access_denied', 'Authentication rules refused the user access to the application.'],
  ['issued', 'A token was issued.'],
  ['reissued', 'A token was refreshed.'],
];

/** The reference's events that a stream of this console records: an export is audited as Log-downloaded. */
const PRIVX_RECORDED = new Set(['Log-downloaded']);

const term = (field: string, value: string) => printTerm({ kind: 'field', field, op: 'eq', value });
const records = (stream: StreamName, ...terms: string[]) => ({ stream, query: andQueryTexts(...terms) });

function ardexaRecords(a: ArdexaAction): EventType['records'] {
  const terms = [term('controller', a.controller), term('action', a.action)];
  if (a.attribute) terms.push(term('attribute', a.attribute));
  if (a.status) terms.push(term('status', a.status));
  return records('activity', ...terms);
}

let catalogue: EventType[] | null = null;

export function eventTypes(): EventType[] {
  catalogue ??= [
    ...PRIVX_EVENTS.map(([name, code, description]) => ({
      name,
      code,
      category: PRIVX_CATEGORIES[Math.floor(code / 100)] ?? 'Other',
      description,
      source: 'Audit events reference' as const,
      records: PRIVX_RECORDED.has(name) ? records('activity', term('action', name)) : null,
    })),
    ...AUTHENTIK.map(([name, category, description]) => ({
      name,
      code: null,
      category,
      description,
      source: 'authentik events' as const,
      records: records('activity', term('action', name)),
    })),
    ...STAGES.map(([name, description]) => ({
      name,
      code: null,
      category: 'Login pipeline',
      description,
      source: 'Authentication stages' as const,
      records: records('authentication', term('stage', name)),
    })),
    ...EVENTS.map(([name, description]) => ({
      name,
      code: null,
      category: 'Stage outcomes',
      description,
      source: 'Authentication events' as const,
      records: records('authentication', term('event', name)),
    })),
    ...ARDEXA_ACTIONS.map((a) => ({
      name: a.action,
      code: null,
      category: a.category,
      description: `${a.description} Controller ${a.controller}${a.attribute ? `, attribute ${a.attribute}` : ''}.`,
      source: 'Ardexa audit logs' as const,
      records: ardexaRecords(a),
    })),
  ];
  return catalogue;
}
