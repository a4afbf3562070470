/**
 * the Ardexa audit logs' device actions (device, websocket_device, plugin, remote_web, state_change):
 * every record names its device, uses the device serial as entity id, and calls the API
 * under /devices/<serial>.
 */
import { FILES, PLUGINS, agentConfig } from './activity-values';
import type { BuildContext, Draft, Entry } from './activity-types';
import type { Device } from './workgroups';

const device = (ctx: BuildContext): Device | null =>
  ctx.workgroup.devices.length > 0 ? ctx.rng.pick(ctx.workgroup.devices) : null;

/** device actions: the device column, its serial as entity id, the API path under it */
function onDevice(ctx: BuildContext, suffix: string, extra: Omit<Draft, 'route'> = {}): Draft {
  const d = device(ctx);
  return {
    device: d?.name ?? null,
    entityId: d?.id ?? null,
    route: `/devices/${d?.id ?? 'unknown'}${suffix}`,
    ...extra,
  };
}

export const DEVICE_ENTRIES: readonly Entry[] = [
  {
    controller: 'device',
    action: 'update',
    entity: 'device',
    group: 'device',
    weight: 4,
    method: 'PATCH',
    scope: 'workgroup',
    mutates: true,
    build: (ctx) => {
      const draft = onDevice(ctx, '');
      const name = draft.device ?? 'device';
      return {
        ...draft,
        attribute: 'name',
        oldValue: name,
        newValue: `${name}-${ctx.rng.pick(['old', 'spare', 'b', 'north'])}`,
      };
    },
  },
  {
    controller: 'device',
    action: 'create',
    entity: 'device',
    group: 'device',
    weight: 1,
    method: 'POST',
    scope: 'workgroup',
    mutates: true,
    build: (ctx) => {
      const draft = onDevice(ctx, '');
      return {
        ...draft,
        attribute: 'object',
        newValue: JSON.stringify({ name: draft.device, serial: draft.entityId }),
        comments: draft.device,
        route: '/devices',
      };
    },
  },
  {
    controller: 'device',
    action: 'remove',
    entity: 'device',
    group: 'device',
    weight: 1,
    method: 'DELETE',
    scope: 'workgroup',
    mutates: true,
    build: (ctx) => {
      const draft = onDevice(ctx, '');
      return {
        ...draft,
        attribute: 'object',
        oldValue: JSON.stringify({ name: draft.device, serial: draft.entityId }),
        comments: draft.device,
      };
    },
  },
  {
    controller: 'device',
    action: 'update',
    entity: 'device',
    group: 'device',
    weight: 1,
    method: 'PUT',
    scope: 'workgroup',
    mutates: true,
    automated: true,
    build: (ctx) =>
      onDevice(ctx, '/certificate', { attribute: 'certificate', newValue: `SHA256:${ctx.rng.id(43)}` }),
  },
  {
    controller: 'websocket_device',
    action: 'refresh_meta',
    entity: 'device',
    group: 'device',
    weight: 3,
    method: 'POST',
    scope: 'workgroup',
    mutates: false,
    build: (ctx) => onDevice(ctx, '/refresh-meta'),
  },
  {
    controller: 'device',
    action: 'move',
    entity: 'device',
    group: 'device',
    weight: 1,
    method: 'POST',
    scope: 'workgroup',
    mutates: true,
    build: (ctx) => {
      const target = ctx.rng.pick(ctx.fleet.workgroups.filter((w) => w !== ctx.workgroup));
      const draft = onDevice(ctx, '/move');
      return {
        ...draft,
        attribute: 'workgroup.deviceId',
        oldValue: `${ctx.workgroup.id}.${draft.entityId ?? ''}`,
        newValue: `${target.id}.${draft.entityId ?? ''}`,
      };
    },
  },
  {
    controller: 'websocket_device',
    action: 'run_cmd',
    entity: 'device',
    group: 'remote',
    weight: 6,
    method: 'POST',
    scope: 'workgroup',
    mutates: false,
    build: (ctx) => onDevice(ctx, '/commands'),
  },
  {
    controller: 'device',
    action: 'send',
    entity: 'device',
    group: 'device',
    weight: 3,
    method: 'POST',
    scope: 'workgroup',
    mutates: true,
    build: (ctx) => {
      // the Ardexa audit-logs documentation (8): network settings go out as an interfaces file, its content in new_value
      const network = ctx.rng.chance(0.25);
      const value = network
        ? `/etc/network/interfaces: eth0 static 10.30.5.${String(ctx.rng.int(10, 99))}/24 gateway 10.30.5.1`
        : `/tmp/${ctx.rng.pick(FILES)}`;
      return onDevice(ctx, '/files', { attribute: 'file', newValue: value });
    },
  },
  {
    controller: 'device',
    action: 'get',
    entity: 'device',
    group: 'device',
    weight: 3,
    method: 'GET',
    scope: 'workgroup',
    mutates: false,
    build: (ctx) => {
      const file = ctx.rng.pick([
        '/var/log/ardexa/agent.log',
        '/etc/ardexa/ardexa.conf',
        '/tmp/diagnostics.tar.gz',
      ]);
      return onDevice(ctx, `/files?path=${encodeURIComponent(file)}`, { attribute: 'file', newValue: file });
    },
  },
  ...(['install', 'uninstall'] as const).map((action): Entry => ({
    controller: 'plugin',
    action,
    entity: 'device',
    group: 'device',
    weight: action === 'install' ? 2 : 1,
    method: action === 'install' ? 'POST' : 'DELETE',
    scope: 'workgroup',
    mutates: true,
    touches: ['plugins'],
    automated: true,
    build: (ctx) => {
      const plugin = ctx.rng.pick(PLUGINS);
      return onDevice(ctx, `/plugins/${plugin}`, { attribute: plugin });
    },
  })),
  {
    controller: 'websocket_device',
    action: 'apply_config',
    entity: 'device',
    group: 'device',
    weight: 3,
    method: 'PUT',
    scope: 'workgroup',
    mutates: true,
    touches: ['config'],
    automated: true,
    build: (ctx) => {
      const d = device(ctx);
      return onDevice(
        ctx,
        '/config',
        d ? { device: d.name, entityId: d.id, config: agentConfig(ctx.rng, d) } : {},
      );
    },
  },
  ...(['network scan', 'port scan', 'open services'] as const).map((scan): Entry => ({
    controller: 'device',
    action: 'run',
    entity: 'device',
    group: 'remote',
    weight: 1,
    method: 'POST',
    scope: 'workgroup',
    mutates: false,
    build: (ctx) => onDevice(ctx, '/discovery', { attribute: 'discovery', newValue: scan }),
  })),
  {
    controller: 'remote_web',
    action: 'start_session',
    entity: 'device',
    group: 'remote',
    weight: 5,
    method: 'POST',
    scope: 'workgroup',
    mutates: false,
    build: (ctx) => onDevice(ctx, '/remote-web/sessions'),
  },
  ...(['open_tunnel', 'start_tunnel_session', 'close_tunnel'] as const).map((action): Entry => ({
    controller: 'websocket_device',
    action,
    entity: 'device',
    group: 'remote',
    weight: 2,
    method: action === 'close_tunnel' ? 'DELETE' : 'POST',
    scope: 'workgroup',
    mutates: false,
    build: (ctx) => onDevice(ctx, `/tunnels/${ctx.rng.pick(['502', '22', '3389', '5900'])}`),
  })),
  ...(['offline', 'online'] as const).map((action): Entry => ({
    controller: 'state_change',
    action,
    entity: 'device',
    group: 'state',
    weight: 1,
    method: 'POST',
    scope: 'workgroup',
    mutates: false,
    system: true,
    build: (ctx) => onDevice(ctx, '/state'),
  })),
];
