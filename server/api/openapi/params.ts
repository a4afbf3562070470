/**
 * Query and path parameters: the contract's parameter schemas, each field carrying the rules
 * its refinements and the routes enforce, in words (./rules).
 */
import { z } from 'zod';
import { exportableFields, exportParamsSchema } from '../../../src/api/schemas/export';
import { histogramParamsSchema } from '../../../src/api/schemas/histogram';
import { overviewParamsSchema } from '../../../src/api/schemas/overview';
import { recordTypeSchema } from '../../../src/api/schemas/recordTypes';
import { FOREVER, retentionDaysSchema } from '../../../src/api/schemas/retention';
import { facetsParamsSchema, recordsParamsSchema } from '../../../src/api/schemas/search';
import { tailParamsSchema } from '../../../src/api/schemas/tail';
import { timelineParamsSchema } from '../../../src/api/schemas/timeline';
import { perStream, type AuditRecord, type StreamContract } from '../../../src/api/streams';
import { about } from './named';
import * as rules from './rules';

const search = recordsParamsSchema.shape;

/** The query of each endpoint of one stream. */
export function streamQueries(contract: StreamContract<AuditRecord>) {
  const q = about(search.q, rules.queryText(contract));
  const from = about(search.from, rules.FROM);
  const sort = about(search.sort, rules.sortText(contract));
  const exported = exportParamsSchema.shape;
  return {
    records: recordsParamsSchema.extend({
      q,
      from,
      to: about(search.to, rules.TO_OPEN),
      sort,
      cursor: about(search.cursor, rules.CURSOR),
    }),
    facets: facetsParamsSchema.extend({
      field: about(facetsParamsSchema.shape.field, rules.facetFieldText(contract)),
    }),
    histogram: histogramParamsSchema.extend({
      q,
      from,
      to: about(search.to, rules.TO_NOW),
      tz: about(histogramParamsSchema.shape.tz, rules.HISTOGRAM_TZ),
    }),
    export: exportParamsSchema.extend({
      q,
      from,
      to: about(search.to, rules.TO_OPEN),
      sort,
      columns: about(exported.columns, rules.columnsText(contract, exportableFields(contract))),
      tz: about(exported.tz, rules.TZ),
      bom: about(exported.bom, rules.BOM),
    }),
    tail: tailParamsSchema.extend({ q, after: about(tailParamsSchema.shape.after, rules.AFTER) }),
  };
}

export const overviewQuery = overviewParamsSchema.extend({
  from: about(overviewParamsSchema.shape.from, rules.FROM),
  to: about(overviewParamsSchema.shape.to, rules.TO_NOW),
  compare: about(
    overviewParamsSchema.shape.compare,
    'What the figures are compared with: `week` (default), the same window a week earlier, for ranges up to a week; `previous`, the period of the same length just before the range (always, for longer ranges).',
  ),
});

export const timelineQuery = timelineParamsSchema.extend({
  key: about(
    timelineParamsSchema.shape.key,
    'What `value` is: an authentication trace, a session, a token id (`jti`) or a request id.',
  ),
});

// The routes below read their query without a contract schema: these describe what they accept,
// built from the schemas they validate each value with.

export const savedSearchesQuery = z.object({
  stream: about(recordTypeSchema, 'Only the searches of this stream (another value: 400).').optional(),
});

export const quarantineQuery = z.object({
  limit: about(
    z.number().int().min(1).max(1000),
    'How many events to list, 1–1,000 (default 100).',
  ).optional(),
});

export const impactQuery = z.object(
  perStream(() =>
    about(z.union([retentionDaysSchema.unwrap(), z.literal(FOREVER)]), rules.IMPACT_DAYS).optional(),
  ),
);

export const idParam = (description: string) => z.object({ id: about(z.string(), description) });
