import type { StreamName } from '../../../src/api/streams';
import type { ValueCount } from '../../engine/types';
import type { SqlExecutor } from '../db';
import { prefixPattern } from '../like';
import { SqlParams } from '../params';
import { streamTables } from '../tables';
import { fieldText, type FieldText } from './fieldText';

/**
 * The values of a field in a whole stream that start with `prefix` (case-insensitively, on
 * the lower-cased copy), most frequent first, each as written (server/engine/facets.ts). Equal
 * counts are ordered by JavaScript's `<`, which code-point order in SQL is not: the rows tied
 * with the last one all come back and are ordered here.
 */
export async function sqlFacets(
  db: SqlExecutor,
  stream: StreamName,
  field: string,
  prefix: string,
  limit: number,
): Promise<ValueCount[]> {
  if (limit <= 0) return [];
  const table = streamTables[stream];
  const params = new SqlParams();
  const storage = table.fields.get(field);
  const text: FieldText & { readonly from?: string } =
    storage?.kind === 'folded' && storage.list ? elementText(field, params) : fieldText(table, field, params);
  const needle = text.needle(prefix);
  // a NUL can be in no stored text (row.ts), nor in a parameter
  if (needle.includes('\0')) return [];
  const conditions = [text.present];
  if (needle !== '') conditions.push(`${text.folded} LIKE ${params.add(prefixPattern(needle), 'text')}`);
  const { rows } = await db.query<{ value: string; count: number }>(
    `SELECT ${text.spelling} AS value, count(*)::int AS count
       FROM ${table.name}${text.from ?? ''} WHERE ${conditions.join(' AND ')}
      GROUP BY 1 ORDER BY count DESC FETCH FIRST (${params.add(limit, 'int')}) ROWS WITH TIES`,
    params.values,
  );
  return rows
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, limit);
}

/**
 * A list field's distinct elements, a row each (facets.ts in the engine): a search matches a
 * list by any element, so each element is a value to count, once per record.
 */
function elementText(field: string, params: SqlParams): FieldText & { readonly from: string } {
  const doc = `doc->${params.add(field, 'text')}`;
  const elements = `jsonb_array_elements_text(CASE WHEN jsonb_typeof(${doc}) = 'array' THEN ${doc} ELSE '[]' END)`;
  return {
    from: `, LATERAL (SELECT DISTINCT element FROM ${elements} AS e(element)) AS elements`,
    folded: 'lower(element)',
    spelling: 'element',
    present: `element <> ''`,
    needle: (p) => p.toLowerCase(),
  };
}
