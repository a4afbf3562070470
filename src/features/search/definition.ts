import type { AuditRecord, StreamContract, StreamName } from '../../api/streams';

export type Outcome = 'success' | 'failure' | 'neutral';

export interface ColumnSpec {
  /** the record field it shows (also the sort key when the contract lists it as sortable) */
  readonly field: string;
  readonly header: string;
  /** initial width in px */
  readonly width: number;
  /** shown until the user changes the columns */
  readonly visible?: boolean;
  /** time: formatted in the chosen zone; mono: ids and addresses; outcome: coloured by `outcome()` */
  readonly kind?: 'time' | 'text' | 'mono' | 'outcome';
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
  /** the drawer's title */
  recordTitle(record: AuditRecord): string;
  outcome?(record: AuditRecord): Outcome;
}
