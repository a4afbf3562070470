import type { SqlParams } from '../params';
import { fold } from '../fold';
import type { StreamTable } from '../tables';

/**
 * A field's value as text, the way the facets and top values read it (String(value) of a
 * string, number or boolean; lists and objects are no value to rank), as SQL expressions.
 */
export interface FieldText {
  /** the value lower-cased, as queries compare it: what top values group by */
  readonly folded: string;
  /** the value as the record writes it */
  readonly spelling: string;
  /** the rows that have such a value, and not an empty one */
  readonly present: string;
  /** `prefix` as `folded` holds it, for a LIKE */
  readonly needle: (prefix: string) => string;
}

export function fieldText(table: StreamTable, field: string, params: SqlParams): FieldText {
  const storage = table.fields.get(field);
  if (storage === undefined) throw new Error(`"${field}" is not a field of ${table.stream}`);
  if (storage.kind === 'time') {
    // the time field is always Date#toISOString's text, whose lower case is ASCII's
    return {
      folded: 'lower(time_iso)',
      spelling: 'time_iso',
      present: 'TRUE',
      needle: (p) => p.toLowerCase(),
    };
  }
  const name = params.add(field, 'text');
  const spelling = `(doc->>${name})`;
  if (storage.kind === 'folded' && !storage.list) {
    // the folded column is NULL unless the value is a string, number or boolean (row.ts)
    const column = storage.column;
    return { folded: column, spelling, present: `${column} <> ''`, needle: fold };
  }
  // Numbers (the _num column has lost their text) and list fields holding one value: read the
  // document. lower() agrees with JavaScript's toLowerCase on the ASCII such values are made of.
  return {
    folded: `lower${spelling}`,
    spelling,
    present: `jsonb_typeof(doc->${name}) IN ('string', 'number', 'boolean') AND ${spelling} <> ''`,
    needle: (p) => p.toLowerCase(),
  };
}
