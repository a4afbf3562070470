import { formatCount } from '../../src/api/formatCount';
import { randomId } from '../../src/api/randomId';
import type { ActivityRecord } from '../../src/api/streams/activity';
import type { ExportFormat } from '../../src/api/schemas/export';
import type { StreamName } from '../../src/api/streams';
import { changedPaths, type Json, type JsonObject } from './changes';
import type { AuditStore } from './types';

/** The audit trail writes through the store like any other writer of records. */
type RecordWriter = Pick<AuditStore, 'append'>;

/** Who did it: the signed-in user the API's identity names. */
export interface Actor {
  id: string;
  email: string;
}

let sequence = 0;
let exportSequence = 0;

export interface Change {
  /** e.g. `audit.destinations`: which part of the console made the change */
  controller: string;
  entity: string;
  entityId: string;
  action: 'model_created' | 'model_updated' | 'model_deleted';
  /** the values before and after, as the API shows them: never with secrets */
  before: JsonObject | null;
  after: JsonObject | null;
  /** one line for the grid, e.g. `Destination "Splunk" created` */
  summary: string;
}

const short = (value: Json | undefined): string | null =>
  value === undefined ? null : typeof value === 'string' ? value : JSON.stringify(value);

/**
 * Every change made through the console's settings is itself audited, like an export's
 * Log-downloaded record: one activity (API access) record with the whole old and new values.
 */
export async function auditChange(
  store: RecordWriter,
  actor: Actor,
  change: Change,
): Promise<ActivityRecord> {
  const time = Date.now();
  const changed = changedPaths(change.before ?? undefined, change.after ?? undefined);
  // a single changed field reads best as attribute / old / new, like the rows of the Ardexa audit logs
  const topLevel = changed.filter((p) => !p.includes('.'));
  const attribute = change.action === 'model_updated' && topLevel.length === 1 ? (topLevel[0] ?? null) : null;
  const record: ActivityRecord = {
    id: `act-settings-${time.toString(36)}-${(sequence++).toString(36)}`,
    event_time: new Date(time).toISOString(),
    controller: change.controller,
    device: null,
    entity: change.entity,
    entity_id: change.entityId,
    action: change.action,
    attribute,
    old_value: attribute ? short(change.before?.[attribute]) : null,
    new_value: attribute ? short(change.after?.[attribute]) : change.summary,
    old_value_full: change.before,
    new_value_full: change.after,
    status: 'success',
    workgroup_id: 'wg-it',
    user_id: actor.id,
    user_email: actor.email,
    comments: change.summary,
    config: null,
    source_ip: null,
    jti: null,
    request_id: randomId(),
    changed,
  };
  await store.append('activity', record, time);
  return record;
}

export interface ExportSummary {
  stream: StreamName;
  q: string;
  from: string | null;
  to: string | null;
  format: ExportFormat;
  columns: string[];
  records: number;
  total: number;
  status: 'success' | 'failed';
}

/** The "Log-downloaded" event of the PrivX audit-events reference: every export is itself audited, also one that stopped. */
export async function auditExport(store: RecordWriter, actor: Actor, s: ExportSummary): Promise<void> {
  const time = Date.now();
  const what = `${s.stream} records as ${s.format.toUpperCase()}`;
  const record: ActivityRecord = {
    id: `act-export-${time.toString(36)}-${(exportSequence++).toString(36)}`,
    event_time: new Date(time).toISOString(),
    controller: 'audit',
    device: null,
    entity: 'audit_log',
    entity_id: null,
    action: 'Log-downloaded',
    attribute: 'export',
    old_value: null,
    new_value:
      s.status === 'success'
        ? `Exported ${formatCount(s.records)} ${what}`
        : `Export of ${what} stopped after ${formatCount(s.records)} of ${formatCount(s.total)}`,
    old_value_full: null,
    new_value_full: {
      stream: s.stream,
      q: s.q,
      from: s.from,
      to: s.to,
      format: s.format,
      columns: s.columns,
      records: s.records,
    },
    status: s.status,
    workgroup_id: 'wg-it',
    user_id: actor.id,
    user_email: actor.email,
    comments: null,
    config: null,
    source_ip: null,
    jti: null,
    request_id: null,
    changed: [],
  };
  await store.append('activity', record, time);
}
