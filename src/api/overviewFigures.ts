import type { StreamName } from './streams';
import { streamContracts } from './streams';

/**
 * Every figure of the overview is a search: a stream and a query. The mock counts it with
 * the records search, and the app links it to that very search, so the grid a figure opens
 * always shows the figure's number as its total.
 */
export interface FigureDefinition {
  readonly key: string;
  readonly label: string;
  readonly description: string;
  readonly stream: StreamName;
  readonly query: string;
  /** a rate: the figure's records out of this search's (same stream) */
  readonly per?: string;
  /** whether more is worse, better (false) or neither (null): colours the change against the previous period */
  readonly moreIsWorse: boolean | null;
}

export interface TopListDefinition {
  readonly key: string;
  readonly label: string;
  readonly stream: StreamName;
  readonly query: string;
  /** the records are grouped by this field's value (case-insensitively, as queries match) */
  readonly field: string;
  /** what one count is, for accessible names: "failed sign-ins" */
  readonly unit: string;
}

const band = (stream: StreamName, key: string): string => {
  const found = streamContracts[stream].outcomes.find((o) => o.key === key);
  if (!found) throw new Error(`${stream} has no outcome "${key}"`);
  return found.query;
};

const FAILED_SIGN_INS = band('authentication', 'failure');
const DENIED = band('authorisation', 'denied');

/**
 * Every controller whose records change a setting: the organisation's and workgroups' (the
 * world's), and the console's own (destinations, retention, ingest tokens and quarantine, saved
 * searches as Ardexa's `search`). Refusals under those controllers changed nothing.
 */
const SETTINGS_CONTROLLERS = [
  'org',
  'workgroup-setting',
  'audit.destinations',
  'audit.retention',
  'audit.ingest_tokens',
  'audit.ingest',
  'search',
];
const SETTINGS_CHANGES = `-action:request_refused -action:ingest_refused (${SETTINGS_CONTROLLERS.map((c) => `controller:${c}`).join(' OR ')})`;

export const OVERVIEW_FIGURES: readonly FigureDefinition[] = [
  {
    key: 'sign-ins',
    label: 'Sign-ins',
    description: 'tokens issued to people and services',
    stream: 'authentication',
    query: 'stage:token_issue',
    moreIsWorse: false,
  },
  {
    key: 'failed-sign-ins',
    label: 'Failed sign-ins',
    description: 'failed, refused or timed-out sign-in steps',
    stream: 'authentication',
    query: FAILED_SIGN_INS,
    moreIsWorse: true,
  },
  {
    key: 'denial-rate',
    label: 'Denial rate',
    description: 'requests the authoriser denied',
    stream: 'authorisation',
    query: DENIED,
    per: '',
    moreIsWorse: true,
  },
  {
    key: 'server-error-rate',
    label: 'Server-error rate',
    description: 'requests answered with a 5xx status',
    stream: 'access',
    query: band('access', '5xx'),
    per: '',
    moreIsWorse: true,
  },
  {
    key: 'settings-changes',
    label: 'Settings changes',
    description: 'changes to organisation, workgroup and audit settings, ingestion and saved searches',
    stream: 'activity',
    query: SETTINGS_CHANGES,
    moreIsWorse: null,
  },
];

export const OVERVIEW_TOP_LISTS: readonly TopListDefinition[] = [
  {
    key: 'failed-sign-in-users',
    label: 'Users with most failed sign-ins',
    stream: 'authentication',
    query: FAILED_SIGN_INS,
    field: 'email',
    unit: 'failed sign-ins',
  },
  {
    key: 'denied-source-ips',
    label: 'Source IPs with most denials',
    stream: 'authorisation',
    query: DENIED,
    field: 'downstream_remote_address',
    unit: 'denials',
  },
  {
    key: 'denied-paths',
    label: 'Most-denied paths',
    stream: 'authorisation',
    query: DENIED,
    field: 'path',
    unit: 'denials',
  },
  {
    key: 'busiest-devices',
    label: 'Busiest devices',
    stream: 'activity',
    query: '',
    field: 'device',
    unit: 'activity records',
  },
];

export const TOP_LIST_LENGTH = 5;
