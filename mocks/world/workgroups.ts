/**
 * Workgroups and field devices of the simulated organisation, as the activity stream
 * (the Ardexa audit logs' device/workgroup catalogue) refers to them. Kept apart from organisation.ts
 * because only the activity stream needs them.
 */
import type { HumanUser } from './organisation';
import { createRandom, deriveSeed } from './random';

export interface Device {
  /** the `device` column */
  readonly name: string;
  /** the `entity_id` of device actions */
  readonly id: string;
  readonly workgroupId: string;
}

export interface Workgroup {
  readonly id: string;
  readonly name: string;
  readonly devices: readonly Device[];
}

const range = (prefix: string, from: number, to: number, width = 2): string[] => {
  const names: string[] = [];
  for (let i = from; i <= to; i++) names.push(`${prefix}${String(i).padStart(width, '0')}`);
  return names;
};

const DEVICE_NAMES: Readonly<Record<string, readonly string[]>> = {
  'wg-plant3-ops': [
    ...range('plc-turbine-', 1, 6),
    ...range('rtu-substation-', 1, 3, 1),
    ...range('inverter-', 1, 12),
    'hmi-control-room-1',
    'historian-gw-01',
    'plc-cooling-loop-1',
  ],
  'wg-northfield': [
    ...range('wtg-nf-', 1, 12),
    ...range('inverter-', 13, 24),
    'rtu-substation-4',
    'met-mast-1',
    'met-mast-2',
  ],
  'wg-engineering': ['plc-testbench-1', 'plc-testbench-2', 'edge-gw-lab-01'],
  'wg-it': ['conn-hq-01', 'conn-plant3-01', 'conn-nf-01', 'ds120', 'fw-hq-01'],
  'wg-hq-office': ['meter-hq-main', 'bms-hq-01'],
  'wg-contractors': ['edge-gw-ridgeline-1'],
};

const WORKGROUP_NAMES: Readonly<Record<string, string>> = {
  'wg-plant3-ops': 'Plant 3 Operations',
  'wg-northfield': 'Northfield Wind',
  'wg-engineering': 'Engineering',
  'wg-it': 'IT',
  'wg-hq-office': 'Head Office',
  'wg-contractors': 'Contractors',
};

export interface Fleet {
  readonly workgroups: readonly Workgroup[];
  readonly devices: readonly Device[];
  readonly byId: ReadonlyMap<string, Workgroup>;
  /** the workgroup a person works in by default */
  home(user: HumanUser): Workgroup;
}

export function createFleet(seed: number): Fleet {
  const rng = createRandom(deriveSeed(seed, 'fleet'));
  const workgroups = Object.entries(DEVICE_NAMES).map(([id, names]): Workgroup => ({
    id,
    name: WORKGROUP_NAMES[id] ?? id,
    // Ardexa-like serials: stable per seed, unlike the names people rename
    devices: names.map((name) => ({ name, id: `ARX-${rng.id(8, '0123456789ABCDEF')}`, workgroupId: id })),
  }));
  const byId = new Map(workgroups.map((w) => [w.id, w]));
  const get = (id: string): Workgroup => {
    const found = byId.get(id);
    if (!found) throw new Error(`unknown workgroup ${id}`);
    return found;
  };
  return {
    workgroups,
    devices: workgroups.flatMap((w) => w.devices),
    byId,
    home(user) {
      if (user.site === 'plant3') return get('wg-plant3-ops');
      if (user.site === 'northfield') return get('wg-northfield');
      if (user.department === 'it') return get('wg-it');
      if (user.site === 'contractor')
        return get(user.department === 'field' ? 'wg-contractors' : 'wg-engineering');
      return get(user.department === 'engineering' ? 'wg-engineering' : 'wg-hq-office');
    },
  };
}
