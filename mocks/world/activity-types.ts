/**
 * Shapes of the activity catalogue: an entry is one row of the Ardexa audit logs' tables (or one
 * authentik model event), plus a builder for the values a record of it carries.
 */
import type { Json } from '../../server/engine/changes';
import type { HumanUser, ServiceAccount } from './organisation';
import type { Random } from './random';
import type { Fleet, Workgroup } from './workgroups';

/** who tends to do what: see GROUP_WEIGHTS */
export type Group =
  | 'account'
  | 'workgroup'
  | 'permissions'
  | 'tables'
  | 'device'
  | 'remote'
  | 'alert'
  | 'search'
  | 'identity'
  | 'state';

export interface BuildContext {
  readonly rng: Random;
  readonly actor: HumanUser | ServiceAccount;
  readonly workgroup: Workgroup;
  readonly people: readonly HumanUser[];
  readonly fleet: Fleet;
  readonly now: number;
}

/** The parts of a record an entry decides; absent fields are null. */
export interface Draft {
  readonly device?: string | null;
  readonly entityId?: string | null;
  readonly attribute?: string | null;
  readonly oldValue?: string | null;
  readonly newValue?: string | null;
  readonly oldFull?: Json;
  readonly newFull?: Json;
  readonly comments?: string | null;
  readonly config?: Json;
  /** where the event came from when no session says so (authentik's client_ip of a system event) */
  readonly sourceIp?: string | null;
  /** path of the API call behind the change, after the API prefix; '' for none */
  readonly route: string;
}

export interface Entry {
  readonly controller: string;
  readonly action: string;
  readonly entity: string;
  readonly group: Group;
  readonly weight: number;
  /** HTTP method of the API call behind the change */
  readonly method: string;
  /** variants are shared per actor, per workgroup, or by everyone */
  readonly scope: 'user' | 'workgroup' | 'global';
  /** false for actions that read or run something without changing stored state */
  readonly mutates: boolean;
  /** the field paths a value-less change touched; otherwise derived from the values */
  readonly touches?: readonly string[];
  /** the CI deploy account does this too */
  readonly automated?: boolean;
  /** state changes have no person behind them */
  readonly system?: boolean;
  /** an event whose status its action decides (an authentik exception always failed) */
  readonly outcome?: 'success' | 'failed';
  readonly build: (ctx: BuildContext) => Draft;
}
