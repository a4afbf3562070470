import { compileQuery, parseQuery } from '../../api/query';
import { streamContracts, type AuditRecord, type StreamContract, type StreamName } from '../../api/streams';
import type { OutcomeTone } from '../../api/streams/types';
import type { ColumnSpec, Outcome, StreamDefinition } from './definition';

/** A column as a stream declares it: the header is the field's label unless given. */
export type ColumnInput = Omit<ColumnSpec, 'header'> & { readonly header?: string };

/** What a stream declares; its title, contract, headers and outcomes come from the contract. */
export type StreamInput = Omit<StreamDefinition, 'title' | 'contract' | 'columns' | 'outcome'> & {
  readonly stream: StreamName;
  readonly columns: readonly ColumnInput[];
};

const TONE_OUTCOME: Record<OutcomeTone, Outcome> = {
  success: 'success',
  error: 'failure',
  warning: 'failure',
  info: 'neutral',
  neutral: 'neutral',
};

/**
 * A record's outcome is the tone of the first outcome band it matches: the grid's colours and
 * the histogram's stacks can't disagree on which records failed.
 */
export function outcomeOf(contract: StreamContract<AuditRecord>): (record: AuditRecord) => Outcome {
  const bands = contract.outcomes.map((band) => {
    const parsed = parseQuery(band.query, contract.fields);
    if (!parsed.ok) throw new Error(`${contract.name} outcome "${band.key}": ${parsed.error.message}`);
    return {
      test: compileQuery<AuditRecord>(parsed.query, contract.fields),
      outcome: TONE_OUTCOME[band.tone],
    };
  });
  return (record) => bands.find((band) => band.test(record))?.outcome ?? 'neutral';
}

export function defineStream(input: StreamInput): StreamDefinition {
  const contract = streamContracts[input.stream];
  const labels = new Map(contract.fields.map((f) => [f.name, f.label ?? f.name]));
  return {
    ...input,
    title: contract.title,
    contract,
    columns: input.columns.map((c) => ({ ...c, header: c.header ?? labels.get(c.field) ?? c.field })),
    outcome: outcomeOf(contract),
  };
}
