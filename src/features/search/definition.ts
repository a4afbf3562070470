import type { AuditRecord, StreamContract, StreamName } from '../../api/streams';

export type Outcome = 'success' | 'failure' | 'neutral';

/** An event name's entry in the catalogue, for the grid's hover text and link; undefined if unknown. */
export type DescribeEvent = (
  name: unknown,
) => { readonly name: string; readonly description: string } | undefined;

export interface ColumnSpec {
  /** the record field it shows (also the sort key when the contract lists it as sortable) */
  readonly field: string;
  /** the column's heading: the field's label unless a column says otherwise */
  readonly header: string;
  /** initial width in px */
  readonly width: number;
  /** shown until the user changes the columns */
  readonly visible?: boolean;
  /** time: formatted in the chosen zone; mono: ids and addresses; outcome: coloured by `outcome()` */
  readonly kind?: 'time' | 'text' | 'mono' | 'outcome';
  /** how a value reads in the grid, e.g. `true` → "allowed" (filters still use the raw value) */
  readonly display?: (value: unknown) => string;
  /** the value names an event type: its description shows on hover, with a link to the catalogue */
  readonly eventType?: boolean;
}

/** A pair of before/after values the drawer shows as a field-level diff. */
export interface ChangeSpec {
  readonly title: string;
  readonly oldValue: unknown;
  readonly newValue: unknown;
}

export interface PivotSpec {
  readonly field: string;
  /** "Show all records with this {noun}" */
  readonly noun: string;
}

/** Everything the engine needs to show one stream: a declaration, no code of its own. */
export interface StreamDefinition {
  readonly stream: StreamName;
  readonly title: string;
  readonly description: string;
  readonly contract: StreamContract<AuditRecord>;
  readonly columns: readonly ColumnSpec[];
  readonly pivots: readonly PivotSpec[];
  /** the search box's placeholder: a query on this stream's own fields (registry.test.ts parses it) */
  readonly searchExample: string;
  /** the drawer's title */
  recordTitle(record: AuditRecord): string;
  /** from the contract's outcome bands, the same split the histogram stacks */
  outcome(record: AuditRecord): Outcome;
  /** before/after values of a change record, shown as diffs in the drawer */
  changes?(record: AuditRecord): readonly ChangeSpec[];
  /** fields holding JSON payloads whose secret-looking keys are masked wherever the record is shown */
  readonly maskedFields?: readonly string[];
  /** fields that tie a record to others across streams: the drawer offers "Open timeline" */
  readonly timelineKeys?: readonly TimelineKeyField[];
}

/** Which timeline key a record field holds (a token is `token_id` in one stream, `jti` in others). */
export interface TimelineKeyField {
  readonly field: string;
  readonly key: 'trace_id' | 'session' | 'token' | 'request_id';
}
