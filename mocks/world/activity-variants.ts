/**
 * Pools of ready-made changes per catalogue entry. A million activity records built from
 * scratch would each carry their own before/after objects; drawing from a few dozen
 * variants per entry and scope keeps memory flat while every value stays realistic.
 */
import { CATALOGUE, type BuildContext, type Draft, type Entry } from './activity-catalogue';
import { changedPaths, type Json } from '../../server/engine/changes';
import type { HumanUser, Organisation, ServiceAccount } from './organisation';
import type { Random } from './random';
import type { Fleet, Workgroup } from './workgroups';

/**
 * A draft with every field present (one object shape, so the hot loop stays monomorphic)
 * and its `changed` list worked out once. Records that use the same variant share its
 * strings, objects and `changed` array: treat generated records as read-only.
 */
export interface Variant {
  /** the entry's own strings, copied so the hot loop reads one object shape only */
  readonly controller: string;
  readonly entity: string;
  readonly action: string;
  readonly device: string | null;
  readonly entityId: string | null;
  readonly attribute: string | null;
  readonly oldValue: string | null;
  readonly newValue: string | null;
  readonly oldFull: Json;
  readonly newFull: Json;
  readonly comments: string | null;
  readonly config: Json;
  readonly sourceIp: string | null;
  readonly route: string;
  readonly changed: string[];
  /** the workgroup the change was made in; null for the actor's own */
  readonly workgroupId: string | null;
}

export const NO_CHANGES: string[] = [];

/** distinct variants kept per scope: enough variety, bounded memory at a million records */
const POOL = { user: 4, workgroup: 48, global: 96 } as const;

/**
 * What the change touched: the entry's fixed list for value-less changes, else the diff of
 * the full values, else the attribute whose value changed; nothing for reads and runs.
 */
function changedOf(entry: Entry, draft: Draft): string[] {
  if (!entry.mutates) return NO_CHANGES;
  if (entry.touches) return [...entry.touches];
  const before = draft.oldFull ?? null;
  const after = draft.newFull ?? null;
  if (before !== null || after !== null) return changedPaths(before, after);
  if (draft.attribute && (draft.oldValue != null || draft.newValue != null)) return [draft.attribute];
  return NO_CHANGES;
}

export function toVariant(entry: Entry, draft: Draft, workgroupId: string | null): Variant {
  return {
    controller: entry.controller,
    entity: entry.entity,
    action: entry.action,
    device: draft.device ?? null,
    entityId: draft.entityId ?? null,
    attribute: draft.attribute ?? null,
    oldValue: draft.oldValue ?? null,
    newValue: draft.newValue ?? null,
    oldFull: draft.oldFull ?? null,
    newFull: draft.newFull ?? null,
    comments: draft.comments ?? null,
    config: draft.config ?? null,
    sourceIp: draft.sourceIp ?? null,
    route: draft.route,
    changed: changedOf(entry, draft),
    workgroupId,
  };
}

export class VariantPool {
  /** by catalogue index, then scope key (a person's id, a workgroup id, or '') */
  private readonly pools: Map<string, Variant[]>[] = CATALOGUE.map(() => new Map());
  private readonly index = new Map<Entry, number>(CATALOGUE.map((e, i) => [e, i]));
  /** API paths by prefix and route, so each distinct path is one string */
  private readonly paths = new Map<string, Map<string, string>>();
  private readonly anyone: HumanUser;

  private readonly org: Organisation;
  private readonly fleet: Fleet;
  private readonly rng: Random;
  private readonly now: number;

  constructor(org: Organisation, fleet: Fleet, rng: Random, now: number) {
    this.org = org;
    this.fleet = fleet;
    this.rng = rng;
    this.now = now;
    const anyone = org.users[0];
    if (!anyone) throw new Error('organisation has no people');
    this.anyone = anyone;
  }

  /**
   * A variant of `entry` for this actor. `roam` picks the workgroup at random (IT staff
   * and automation work in every workgroup); others act in `home`.
   */
  draw(
    entry: Entry,
    actor: HumanUser | ServiceAccount | null,
    home: Workgroup,
    roam: Workgroup | null,
  ): Variant {
    const workgroup = entry.scope === 'workgroup' && roam ? roam : home;
    const key = entry.scope === 'user' ? (actor?.id ?? '') : entry.scope === 'workgroup' ? workgroup.id : '';
    const byScope = this.pools[this.index.get(entry) ?? 0];
    let pool = byScope?.get(key);
    if (!pool) {
      pool = [];
      byScope?.set(key, pool);
    }
    if (pool.length >= POOL[entry.scope]) return this.rng.pick(pool);
    const ctx: BuildContext = {
      rng: this.rng,
      actor: actor ?? this.anyone,
      workgroup,
      people: this.org.users,
      fleet: this.fleet,
      now: this.now,
    };
    const variant = toVariant(entry, entry.build(ctx), entry.scope === 'workgroup' ? workgroup.id : null);
    pool.push(variant);
    return variant;
  }

  apiPath(prefix: string, route: string): string {
    let byRoute = this.paths.get(prefix);
    if (!byRoute) {
      byRoute = new Map();
      this.paths.set(prefix, byRoute);
    }
    let path = byRoute.get(route);
    if (path === undefined) {
      path = prefix + route;
      byRoute.set(route, path);
    }
    return path;
  }
}
