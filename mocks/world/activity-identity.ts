/**
 * authentik model events (authentik events): model_created / model_updated / model_deleted with the
 * whole object before and after, as authentik Enterprise logs them.
 */
import {
  apiToken,
  authentikApplication,
  authentikGroup,
  authentikUser,
  oauthProvider,
  updateApplication,
  updateGroup,
  updateProvider,
  updateToken,
  updateUser,
} from './activity-values';
import type { BuildContext, Entry } from './activity-types';
import type { JsonObject } from '../../server/engine/changes';
import type { HumanUser } from './organisation';
import type { Random } from './random';

const other = (ctx: BuildContext): HumanUser => ctx.rng.pick(ctx.people);

function modelEvents(
  entity: string,
  controller: string,
  path: string,
  weights: readonly [number, number, number],
  create: (ctx: BuildContext) => JsonObject,
  update: (rng: Random, value: JsonObject) => JsonObject,
): Entry[] {
  const id = (value: JsonObject) => String(value.pk ?? value.identifier ?? '');
  const base = { controller, entity, group: 'identity', scope: 'global', mutates: true } as const;
  return [
    {
      ...base,
      action: 'model_created',
      weight: weights[0],
      method: 'POST',
      build: (ctx) => {
        const value = create(ctx);
        return { entityId: id(value), newFull: value, route: `${path}/` };
      },
    },
    {
      ...base,
      action: 'model_updated',
      weight: weights[1],
      method: 'PATCH',
      automated: entity === 'token',
      build: (ctx) => {
        const value = create(ctx);
        return {
          entityId: id(value),
          oldFull: value,
          newFull: update(ctx.rng, value),
          route: `${path}/${id(value)}/`,
        };
      },
    },
    {
      ...base,
      action: 'model_deleted',
      weight: weights[2],
      method: 'DELETE',
      build: (ctx) => {
        const value = create(ctx);
        return { entityId: id(value), oldFull: value, route: `${path}/${id(value)}/` };
      },
    },
  ];
}

const authentikPk = (ctx: BuildContext, person: HumanUser) => 1000 + ctx.people.indexOf(person) * 7;

export const IDENTITY_ENTRIES: readonly Entry[] = [
  ...modelEvents(
    'user',
    'authentik.core',
    '/core/users',
    [2, 6, 1],
    (ctx) => {
      const person = other(ctx);
      return authentikUser(ctx.rng, person, authentikPk(ctx, person), ctx.now);
    },
    updateUser,
  ),
  ...modelEvents(
    'group',
    'authentik.core',
    '/core/groups',
    [1, 3, 0.5],
    (ctx) => authentikGroup(ctx.rng, ctx.people),
    updateGroup,
  ),
  ...modelEvents(
    'application',
    'authentik.core',
    '/core/applications',
    [0.5, 2, 0.3],
    (ctx) => authentikApplication(ctx.rng),
    updateApplication,
  ),
  ...modelEvents(
    'provider',
    'authentik.providers.oauth2',
    '/providers/oauth2',
    [0.5, 2, 0.3],
    (ctx) => oauthProvider(ctx.rng),
    updateProvider,
  ),
  ...modelEvents(
    'token',
    'authentik.core',
    '/core/tokens',
    [1, 2, 1],
    (ctx) => apiToken(ctx.rng, other(ctx), ctx.now),
    updateToken,
  ),
];
