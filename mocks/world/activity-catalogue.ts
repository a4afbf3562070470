/**
 * the Ardexa audit logs' audit_logs catalogue (controller, action, attribute, which of old/new value
 * are filled) plus authentik model events (authentik events), as data. Logins (`auth`) are not
 * here: they are read off the authentication stream so they line up with real sign-ins.
 */
import { AUTHENTIK_ENTRIES } from './activity-authentik';
import { DEVICE_ENTRIES } from './activity-devices';
import { IDENTITY_ENTRIES } from './activity-identity';
import type { BuildContext, Entry, Group } from './activity-types';
import {
  SEARCH_NAMES,
  alertRule,
  deviceGroup,
  lookupTable,
  updateAlert,
  updateDeviceGroup,
  updateSettings,
  updateTable,
  workgroupSettings,
} from './activity-values';
import type { Json } from '../../server/engine/changes';
import type { HumanUser } from './organisation';

export type { BuildContext, Draft, Entry, Group } from './activity-types';

const other = (ctx: BuildContext): HumanUser => ctx.rng.pick(ctx.people);

const profile = (ctx: BuildContext, phone: string, tz: string) =>
  JSON.stringify({ name: ctx.actor.name, phone, timezone: tz });

export const CATALOGUE: readonly Entry[] = [
  // user account (the Ardexa audit-logs documentation: Update record, Request email change, Change password)
  {
    controller: 'me',
    action: 'Update',
    entity: 'user',
    group: 'account',
    weight: 5,
    method: 'PATCH',
    scope: 'user',
    mutates: true,
    build: (ctx) => ({
      entityId: ctx.actor.id,
      attribute: 'record',
      oldValue: profile(ctx, '', 'America/Toronto'),
      newValue: profile(
        ctx,
        `+1 613 555 ${String(ctx.rng.int(1000, 9999))}`,
        ctx.rng.pick(['America/Toronto', 'America/Halifax']),
      ),
      route: '/users/me',
    }),
  },
  {
    controller: 'me',
    action: 'Request email change',
    entity: 'user',
    group: 'account',
    weight: 1,
    method: 'POST',
    scope: 'user',
    mutates: true,
    build: (ctx) => {
      const old = ctx.actor.email;
      const at = old.indexOf('@');
      return {
        entityId: ctx.actor.id,
        attribute: 'email',
        oldValue: old,
        newValue: `${old.slice(0, at)}${ctx.rng.pick(['.work', '2', '.ops'])}${old.slice(at)}`,
        route: '/users/me/email-change',
      };
    },
  },
  {
    controller: 'me',
    action: 'Change password',
    entity: 'user',
    group: 'account',
    weight: 2,
    method: 'POST',
    scope: 'user',
    mutates: true,
    touches: ['password'],
    build: (ctx) => ({ entityId: ctx.actor.id, route: '/users/me/password' }),
  },
  // workgroup (entity_id always; full values may be present)
  ...(['update', 'create', 'delete'] as const).map((action): Entry => ({
    controller: 'workgroup-setting',
    action,
    entity: 'workgroup',
    group: 'workgroup',
    weight: action === 'update' ? 6 : 1,
    method: action === 'update' ? 'PUT' : action === 'create' ? 'POST' : 'DELETE',
    scope: 'workgroup',
    mutates: true,
    build: (ctx) => {
      const before = workgroupSettings(ctx.rng, ctx.workgroup);
      const after = updateSettings(ctx.rng, before);
      const key =
        Object.keys(after).find((k) => JSON.stringify(after[k]) !== JSON.stringify(before[k])) ?? 'timezone';
      const show = (v: Json | undefined) => (typeof v === 'string' ? v : JSON.stringify(v ?? null));
      return {
        entityId: ctx.workgroup.id,
        attribute: key,
        oldValue: action === 'create' ? null : show(before[key]),
        newValue: action === 'delete' ? null : show(after[key]),
        // a whole settings object when it changed, the one setting when it came or went
        oldFull: action === 'create' ? null : action === 'delete' ? { [key]: before[key] ?? null } : before,
        newFull: action === 'delete' ? null : action === 'create' ? { [key]: after[key] ?? null } : after,
        route: `/workgroups/${ctx.workgroup.id}/settings/${key}`,
      };
    },
  })),
  ...(['update', 'create', 'delete'] as const).map((action): Entry => ({
    controller: 'lookupTable',
    action,
    entity: 'lookup_table',
    group: 'tables',
    weight: action === 'update' ? 4 : 1,
    method: action === 'update' ? 'PUT' : action === 'create' ? 'POST' : 'DELETE',
    scope: 'workgroup',
    mutates: true,
    automated: action === 'update',
    build: (ctx) => {
      const table = lookupTable(ctx.rng, ctx.workgroup, ctx.rng.int(6, 24));
      const id = String(table.id);
      if (action === 'create')
        return {
          entityId: id,
          attribute: 'rows',
          newValue: String(table.name),
          newFull: table,
          route: '/lookup-tables',
        };
      if (action === 'delete')
        return {
          entityId: id,
          attribute: 'rows',
          oldValue: String(table.name),
          oldFull: table,
          route: `/lookup-tables/${id}`,
        };
      const after = updateTable(ctx.rng, table);
      return {
        entityId: id,
        attribute: 'rows',
        oldValue: `${String(table.row_count)} rows`,
        newValue: `${String(after.row_count)} rows`,
        oldFull: table,
        newFull: after,
        route: `/lookup-tables/${id}`,
      };
    },
  })),
  {
    controller: 'Job',
    action: 'bulk-run',
    entity: 'job',
    group: 'workgroup',
    weight: 2,
    method: 'POST',
    scope: 'workgroup',
    mutates: false,
    build: (ctx) => ({
      entityId: `job-${ctx.rng.id(10)}`,
      comments: 'security scan',
      route: '/jobs/bulk-run',
    }),
  },
  ...(['update', 'create', 'delete'] as const).map((action): Entry => ({
    controller: 'device-group',
    action,
    entity: 'device_group',
    group: 'device',
    weight: action === 'update' ? 3 : 1,
    method: action === 'update' ? 'PUT' : action === 'create' ? 'POST' : 'DELETE',
    scope: 'workgroup',
    mutates: true,
    automated: action === 'update',
    build: (ctx) => {
      const group = deviceGroup(ctx.rng, ctx.workgroup);
      const id = String(group.id);
      return {
        entityId: id,
        oldFull: action === 'create' ? null : group,
        newFull: action === 'delete' ? null : action === 'create' ? group : updateDeviceGroup(ctx.rng, group),
        route: action === 'create' ? '/device-groups' : `/device-groups/${id}`,
      };
    },
  })),
  // user permissions (comments name the affected user)
  {
    controller: 'org',
    action: 'update',
    entity: 'user',
    group: 'permissions',
    weight: 4,
    method: 'PUT',
    scope: 'global',
    mutates: true,
    build: (ctx) => {
      const who = other(ctx);
      const roles = ['viewer', 'operator', 'engineer', 'owner', 'read audit logs'] as const;
      const before = ctx.rng.pick(roles);
      let after = ctx.rng.pick(roles);
      if (after === before) after = before === 'viewer' ? 'operator' : 'viewer';
      return {
        entityId: who.id,
        attribute: 'permissions',
        oldValue: before,
        newValue: after,
        comments: who.email,
        route: `/org/members/${who.id}/permissions`,
      };
    },
  },
  {
    controller: 'org',
    action: 'invite',
    entity: 'user',
    group: 'permissions',
    weight: 2,
    method: 'POST',
    scope: 'global',
    mutates: true,
    build: (ctx) => {
      const wg = ctx.rng.pick(ctx.fleet.workgroups);
      const invitee = `${ctx.rng.pick(['new.hire', 'j.tremblay', 'ops.trainee', 'a.kaur'])}${String(ctx.rng.int(1, 99))}@dunmore-energy.com`;
      return { attribute: 'membership', newValue: `${invitee} → ${wg.id}`, route: '/org/invites' };
    },
  },
  {
    controller: 'org',
    action: 'remove',
    entity: 'user',
    group: 'permissions',
    weight: 1,
    method: 'DELETE',
    scope: 'global',
    mutates: true,
    build: (ctx) => {
      const who = other(ctx);
      const wg = ctx.rng.pick(ctx.fleet.workgroups);
      return {
        entityId: who.id,
        attribute: 'membership',
        oldValue: `${who.email} ← ${wg.id}`,
        route: `/org/members/${who.id}`,
      };
    },
  },
  {
    controller: 'org',
    action: 'accept',
    entity: 'user',
    group: 'account',
    weight: 1,
    method: 'POST',
    scope: 'user',
    mutates: true,
    touches: ['membership'],
    build: (ctx) => ({
      entityId: ctx.actor.id,
      attribute: 'invite',
      route: `/org/invites/${ctx.rng.id(10)}/accept`,
    }),
  },
  // tables and external sources
  {
    controller: 'storage',
    action: 'delete',
    entity: 'table',
    group: 'tables',
    weight: 1,
    method: 'DELETE',
    scope: 'workgroup',
    mutates: true,
    touches: ['object'],
    build: (ctx) => {
      const table = ctx.rng.pick(['inverter_1m', 'turbine_vibration_raw', 'tmp_import', 'scada_events_2024']);
      return { entityId: table, attribute: 'object', route: `/storage/tables/${table}` };
    },
  },
  {
    controller: 'externalSources',
    action: 'delete',
    entity: 'external_source',
    group: 'tables',
    weight: 1,
    method: 'DELETE',
    scope: 'workgroup',
    mutates: true,
    touches: ['record'],
    build: (ctx) => {
      const id = `es-${ctx.rng.id(8)}`;
      return { entityId: id, attribute: 'record', route: `/external-sources/${id}` };
    },
  },
  {
    controller: 'externalSources',
    action: 'create',
    entity: 'external_source',
    group: 'tables',
    weight: 1,
    method: 'POST',
    scope: 'workgroup',
    mutates: true,
    build: (ctx) => ({
      entityId: `es-${ctx.rng.id(8)}`,
      attribute: 'record',
      newValue: ctx.rng.pick([
        'weather: Environment Canada (CYOW)',
        'market prices: IESO HOEP',
        'PI Web API: historian.dunmore-energy.com',
      ]),
      route: '/external-sources',
    }),
  },
  ...DEVICE_ENTRIES,
  // alerts (full values on update and create)
  {
    controller: 'alert',
    action: 'update',
    entity: 'alert',
    group: 'alert',
    weight: 4,
    method: 'PUT',
    scope: 'workgroup',
    mutates: true,
    build: (ctx) => {
      const alert = alertRule(ctx.rng, ctx.workgroup, ctx.rng.pick(ALERT_NAMES));
      return {
        entityId: String(alert.id),
        oldFull: alert,
        newFull: updateAlert(ctx.rng, alert),
        route: `/alerts/${String(alert.id)}`,
      };
    },
  },
  {
    controller: 'alert',
    action: 'delete',
    entity: 'alert',
    group: 'alert',
    weight: 1,
    method: 'DELETE',
    scope: 'workgroup',
    mutates: true,
    build: (ctx) => {
      const id = `al-${ctx.rng.id(8, '0123456789abcdef')}`;
      return { entityId: id, route: `/alerts/${id}` };
    },
  },
  {
    controller: 'alert',
    action: 'create',
    entity: 'alert',
    group: 'alert',
    weight: 2,
    method: 'POST',
    scope: 'workgroup',
    mutates: true,
    build: (ctx) => {
      const alert = alertRule(ctx.rng, ctx.workgroup, ctx.rng.pick(ALERT_NAMES));
      return { entityId: String(alert.id), newFull: alert, route: '/alerts' };
    },
  },
  // saved searches
  {
    controller: 'search',
    action: 'update',
    entity: 'search',
    group: 'search',
    weight: 3,
    method: 'PUT',
    scope: 'workgroup',
    mutates: true,
    build: (ctx) => {
      const id = `s-${ctx.rng.id(8)}`;
      const before = ctx.rng.pick(SEARCH_NAMES);
      let after = ctx.rng.pick(SEARCH_NAMES);
      if (after === before) after = `${before} (copy)`;
      return { entityId: id, attribute: 'name', oldValue: before, newValue: after, route: `/searches/${id}` };
    },
  },
  {
    controller: 'search',
    action: 'share',
    entity: 'search',
    group: 'search',
    weight: 2,
    method: 'POST',
    scope: 'workgroup',
    mutates: true,
    build: (ctx) => {
      const id = `s-${ctx.rng.id(8)}`;
      return {
        entityId: id,
        attribute: 'record',
        oldValue: 'private',
        newValue: `shared with ${ctx.workgroup.id}`,
        route: `/searches/${id}/share`,
      };
    },
  },
  ...IDENTITY_ENTRIES,
  ...AUTHENTIK_ENTRIES,
];

const ALERT_NAMES = [
  'Bearing temperature high',
  'Inverter offline',
  'Grid voltage out of range',
  'Vibration trip',
  'Low oil pressure',
  'Comms lost',
] as const;

/** Relative share of each group by department; state changes are spread separately. */
export const GROUP_WEIGHTS: Readonly<Record<HumanUser['department'], Readonly<Record<Group, number>>>> = {
  it: {
    account: 1,
    workgroup: 2,
    permissions: 3,
    tables: 1.5,
    device: 1.5,
    remote: 1,
    alert: 0.5,
    search: 0.5,
    identity: 3,
    state: 0,
  },
  engineering: {
    account: 1,
    workgroup: 1,
    permissions: 0,
    tables: 1,
    device: 3,
    remote: 2,
    alert: 1.5,
    search: 1,
    identity: 0,
    state: 0,
  },
  operations: {
    account: 1,
    workgroup: 0.5,
    permissions: 0,
    tables: 0.2,
    device: 2,
    remote: 2.5,
    alert: 2,
    search: 1.5,
    identity: 0,
    state: 0,
  },
  field: {
    account: 1,
    workgroup: 0,
    permissions: 0,
    tables: 0,
    device: 2.5,
    remote: 2,
    alert: 0.3,
    search: 0.5,
    identity: 0,
    state: 0,
  },
  office: {
    account: 1,
    workgroup: 0,
    permissions: 0,
    tables: 0,
    device: 0,
    remote: 0,
    alert: 0.5,
    search: 2,
    identity: 0,
    state: 0,
  },
};
