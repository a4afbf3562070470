/**
 * authentik's event actions beyond model changes (authentik events), as the Activity stream
 * keeps them when ingested (see server/engine/ingest/fromAuthentik.ts): the event's `app` as
 * controller, the model or policy involved as entity and new value, and the whole `context` as
 * the new full value. They change nothing a diff could show (`mutates: false`). Credentials in a
 * context are the 20 asterisks authentik writes in their place.
 */
import type { BuildContext, Draft, Entry, Group } from './activity-types';
import type { JsonObject } from '../../server/engine/changes';
import type { HumanUser } from './organisation';
import type { Random } from './random';

/** what authentik's cleanse_dict writes instead of a password, token key or secret */
export const AUTHENTIK_MASK = '********************';

const request = (path: string, method = 'GET'): JsonObject => ({ args: { query: '' }, path, method });
const flow = (slug: string, method = 'POST') => request(`/api/v3/flows/executor/${slug}/`, method);

/** authentik's reference to a model inside a context: `{pk, app, name, model_name}` */
const model = (app: string, modelName: string, name: string, pk: string | number): JsonObject => ({
  pk,
  app,
  name,
  model_name: modelName,
});

const hex = (rng: Random) => rng.uuid().replaceAll('-', '');
const pkOf = (ctx: BuildContext, person: HumanUser) => 1000 + Math.max(0, ctx.people.indexOf(person)) * 7;
const username = (person: HumanUser) => person.email.slice(0, person.email.indexOf('@'));
const userRef = (ctx: BuildContext, person: HumanUser): JsonObject => ({
  pk: pkOf(ctx, person),
  email: person.email,
  username: username(person),
});
const actor = (ctx: BuildContext): HumanUser | null => (ctx.actor.kind === 'human' ? ctx.actor : null);
const other = (ctx: BuildContext): HumanUser => ctx.rng.pick(ctx.people);

const APPLICATIONS = ['Historian', 'Maintenance Wiki', 'File Share', 'Turbine Dashboard', 'Grafana'] as const;
const POLICIES = [
  'default-authentication-flow-password-stage',
  'require-mfa-outside-office',
  'plant-operators-only',
  'contractors-working-hours',
] as const;
const TASKS = ['clean_expired_models', 'outpost_controller', 'ldap_sync', 'certificate_discovery'] as const;

function externalIp(rng: Random): string {
  return `${String(rng.pick([45, 91, 103, 185, 198]))}.${String(rng.int(1, 254))}.${String(rng.int(1, 254))}.${String(rng.int(1, 254))}`;
}

interface Spec {
  readonly action: string;
  readonly controller: string;
  readonly entity: string;
  readonly group: Group;
  readonly weight: number;
  readonly outcome?: 'success' | 'failed';
  readonly build: (ctx: BuildContext) => Omit<Draft, 'route'>;
}

/** a person's own events, drawn per person: one person's contexts name that person */
const PERSONAL: readonly Spec[] = [
  {
    action: 'user_write',
    controller: 'authentik.events.signals',
    entity: 'user',
    group: 'account',
    weight: 2,
    build: (ctx) => {
      const person = actor(ctx) ?? other(ctx);
      const enrolled = ctx.rng.chance(0.25);
      const context: JsonObject = {
        name: person.name,
        email: person.email,
        created: enrolled,
        username: username(person),
        attributes: { settings: { locale: ctx.rng.pick(['', 'en', 'fr']) } },
        // an enrolment flow writes the password it prompted for: authentik logs only that there was one
        ...(enrolled && { password: AUTHENTIK_MASK }),
        http_request: flow(enrolled ? 'default-enrollment-flow' : 'default-user-settings-flow'),
      };
      return { entityId: String(pkOf(ctx, person)), newValue: person.name, newFull: context };
    },
  },
  {
    action: 'password_set',
    controller: 'authentik.core.signals',
    entity: 'user',
    group: 'account',
    weight: 1,
    build: (ctx) => {
      const person = actor(ctx) ?? other(ctx);
      return {
        entityId: String(pkOf(ctx, person)),
        newValue: person.name,
        newFull: { http_request: flow('default-password-change') },
      };
    },
  },
  {
    action: 'authorize_application',
    controller: 'authentik.providers.oauth2.views.authorize',
    entity: 'application',
    group: 'account',
    weight: 3,
    build: (ctx) => {
      const name = ctx.rng.pick(APPLICATIONS);
      const pk = hex(ctx.rng);
      return {
        entityId: pk,
        newValue: name,
        newFull: {
          flow: hex(ctx.rng),
          scopes: ctx.rng.pick(['openid profile email', 'openid email', 'ak_proxy profile openid email']),
          http_request: request('/api/v3/flows/executor/default-provider-authorization-implicit-consent/'),
          authorized_application: model('authentik_core', 'application', name, pk),
        },
      };
    },
  },
  {
    action: 'source_linked',
    controller: 'authentik.sources.oauth.views.callback',
    entity: 'source',
    group: 'account',
    weight: 0.3,
    build: (ctx) => {
      const [name, slug] = ctx.rng.pick([
        ['Azure AD', 'azure-ad'],
        ['Google Workspace', 'google'],
      ] as const);
      const pk = hex(ctx.rng);
      return {
        entityId: pk,
        newValue: name,
        newFull: {
          source: model('authentik_sources_oauth', 'oauthsource', name, pk),
          http_request: request(`/source/oauth/callback/${slug}/`),
        },
      };
    },
  },
  {
    action: 'invitation_used',
    controller: 'authentik.stages.invitation.stage',
    entity: 'invitation',
    group: 'account',
    weight: 0.2,
    build: (ctx) => {
      const id = ctx.rng.uuid();
      return {
        entityId: id,
        newValue: 'contractor-onboarding',
        newFull: { invitation_uuid: id, http_request: flow('default-enrollment-flow') },
      };
    },
  },
];

/** what administrators do in authentik's admin interface */
const ADMIN: readonly Spec[] = [
  {
    action: 'secret_view',
    controller: 'authentik.core.api.tokens',
    entity: 'token',
    group: 'identity',
    weight: 1,
    build: (ctx) => {
      const owner = other(ctx);
      const identifier = `${username(owner)}-${ctx.rng.pick(['ci', 'grafana', 'backup'])}`;
      const pk = ctx.rng.uuid();
      return {
        entityId: pk,
        newValue: identifier,
        newFull: {
          secret: model('authentik_core', 'token', identifier, pk),
          http_request: request(`/api/v3/core/tokens/${identifier}/view_key/`),
        },
      };
    },
  },
  ...(['impersonation_started', 'impersonation_ended'] as const).map((action): Spec => ({
    action,
    controller: 'authentik.core.views.impersonate',
    entity: 'user',
    group: 'identity',
    weight: 0.4,
    build: (ctx) => {
      const target = other(ctx);
      return {
        entityId: String(pkOf(ctx, target)),
        newValue: target.name,
        comments: `impersonated ${target.email}`,
        newFull: {
          user: userRef(ctx, target),
          http_request: request(
            action === 'impersonation_started'
              ? `/api/v3/core/users/${String(pkOf(ctx, target))}/impersonate/`
              : '/api/v3/core/users/impersonate_end/',
          ),
        },
      };
    },
  })),
  {
    action: 'policy_execution',
    controller: 'authentik.policies.process',
    entity: 'policy',
    group: 'identity',
    weight: 2,
    build: (ctx) => {
      const name = ctx.rng.pick(POLICIES);
      const pk = hex(ctx.rng);
      const passing = ctx.rng.chance(0.8);
      const person = other(ctx);
      return {
        entityId: pk,
        newValue: name,
        newFull: {
          policy: model('authentik_policies_expression', 'expressionpolicy', name, pk),
          result: { passing, messages: passing ? [] : ['Access denied outside working hours'] },
          request: {
            user: userRef(ctx, person),
            obj: model('authentik_core', 'application', ctx.rng.pick(APPLICATIONS), hex(ctx.rng)),
            http_request: flow('default-provider-authorization-implicit-consent', 'GET'),
          },
        },
      };
    },
  },
];

/** authentik itself: no person behind these */
const SYSTEM: readonly Spec[] = [
  {
    action: 'suspicious_request',
    controller: 'authentik.core.middleware',
    entity: 'token',
    group: 'state',
    weight: 0.5,
    outcome: 'failed',
    build: (ctx) => {
      const owner = other(ctx);
      const identifier = `${username(owner)}-${ctx.rng.pick(['ci', 'grafana', 'backup'])}`;
      return {
        entityId: identifier,
        newValue: identifier,
        sourceIp: externalIp(ctx.rng),
        newFull: {
          message: 'A revoked token was used',
          token: { identifier, key: AUTHENTIK_MASK },
          http_request: request('/api/v3/core/users/me/'),
        },
      };
    },
  },
  {
    action: 'secret_rotate',
    controller: 'authentik.core.tasks',
    entity: 'token',
    group: 'state',
    weight: 0.5,
    build: (ctx) => {
      const identifier = `ak-outpost-${hex(ctx.rng).slice(0, 8)}-api`;
      const pk = ctx.rng.uuid();
      return {
        entityId: pk,
        newValue: identifier,
        newFull: {
          token: model('authentik_core', 'token', identifier, pk),
          key: AUTHENTIK_MASK,
          expires: new Date(ctx.now + 30 * 86_400_000).toISOString(),
        },
      };
    },
  },
  {
    action: 'policy_exception',
    controller: 'authentik.policies.process',
    entity: 'policy',
    group: 'state',
    weight: 0.3,
    outcome: 'failed',
    build: (ctx) => {
      const pk = hex(ctx.rng);
      return {
        entityId: pk,
        newValue: 'contractors-working-hours',
        newFull: {
          policy: model('authentik_policies_expression', 'expressionpolicy', 'contractors-working-hours', pk),
          message: "NameError: name 'ak_is_group_membr' is not defined",
          expression: "return ak_is_group_membr(request.user, name='contractors')",
        },
      };
    },
  },
  {
    action: 'property_mapping_exception',
    controller: 'authentik.core.expression.evaluator',
    entity: 'property_mapping',
    group: 'state',
    weight: 0.3,
    outcome: 'failed',
    build: (ctx) => {
      const pk = hex(ctx.rng);
      const name = 'Historian: plant claim';
      return {
        entityId: pk,
        newValue: name,
        newFull: {
          mapping: model('authentik_providers_oauth2', 'scopemapping', name, pk),
          message: "KeyError: 'plant'",
          expression: "return {'plant': request.user.attributes['plant']}",
        },
      };
    },
  },
  ...(['system_task_execution', 'system_task_exception'] as const).map((action): Spec => ({
    action,
    controller: 'authentik.events.system_tasks',
    entity: 'system_task',
    group: 'state',
    weight: action === 'system_task_execution' ? 2 : 0.3,
    outcome: action === 'system_task_execution' ? 'success' : 'failed',
    build: (ctx) => {
      const name = ctx.rng.pick(TASKS);
      return {
        entityId: name,
        newValue: name,
        newFull: {
          name,
          uid: hex(ctx.rng).slice(0, 8),
          status: action === 'system_task_execution' ? 'successful' : 'error',
          duration: ctx.rng.int(20, 4000) / 1000,
          messages:
            action === 'system_task_execution'
              ? [`${name} finished`]
              : ['ConnectionError: ldap://dc1.dunmore-energy.local:636 did not answer'],
        },
      };
    },
  })),
  {
    action: 'configuration_error',
    controller: 'authentik.providers.oauth2.views.authorize',
    entity: 'provider',
    group: 'state',
    weight: 0.3,
    outcome: 'failed',
    build: (ctx) => {
      const name = ctx.rng.pick(APPLICATIONS);
      const pk = ctx.rng.int(1, 40);
      return {
        entityId: String(pk),
        newValue: `${name} OIDC`,
        sourceIp: externalIp(ctx.rng),
        newFull: {
          message: `Invalid redirect URI was used. Client used https://localhost:3000/callback. Allowed redirect URIs are https://${name.toLowerCase().replaceAll(' ', '-')}.dunmore-energy.com/oauth2/callback`,
          provider: model('authentik_providers_oauth2', 'oauth2provider', `${name} OIDC`, pk),
          redirect_uri: 'https://localhost:3000/callback',
        },
      };
    },
  },
  {
    action: 'email_sent',
    controller: 'authentik.stages.email.tasks',
    entity: 'email',
    group: 'state',
    weight: 1,
    build: (ctx) => {
      const to = other(ctx);
      const subject = ctx.rng.pick(['Password reset', 'Account confirmation', 'You have been invited']);
      return {
        entityId: to.email,
        newValue: subject,
        newFull: {
          message: `Email to ${to.email} sent`,
          subject,
          to_email: [to.email],
          from_email: 'authentik@dunmore-energy.com',
          // the link in the body carries a one-time token: authentik keeps the mail, not the token
          body: `Hello ${to.name}, follow the link to continue: https://id.dunmore-energy.com/if/flow/recovery/?flow_token=${AUTHENTIK_MASK}`,
        },
      };
    },
  },
  {
    action: 'update_available',
    controller: 'authentik.admin.tasks',
    entity: 'version',
    group: 'state',
    weight: 0.05,
    build: () => ({
      entityId: '2025.10.1',
      newValue: '2025.10.1',
      newFull: { new_version: '2025.10.1', message: 'New version 2025.10.1 available!' },
    }),
  },
];

function toEntry(spec: Spec, scope: Entry['scope'], system: boolean): Entry {
  return {
    controller: spec.controller,
    action: spec.action,
    entity: spec.entity,
    group: spec.group,
    weight: spec.weight,
    method: 'POST',
    scope,
    mutates: false,
    system,
    // an event says what happened: only exceptions and refusals are failures
    outcome: spec.outcome ?? 'success',
    // no API call of this console's: these never travel through a token's requests
    build: (ctx) => ({ ...spec.build(ctx), route: '' }),
  };
}

export const AUTHENTIK_ENTRIES: readonly Entry[] = [
  ...PERSONAL.map((s) => toEntry(s, 'user', false)),
  ...ADMIN.map((s) => toEntry(s, 'global', false)),
  ...SYSTEM.map((s) => toEntry(s, 'global', true)),
];

/** the authentik event actions the demo world generates */
export const AUTHENTIK_ACTIONS: readonly string[] = AUTHENTIK_ENTRIES.map((e) => e.action);
