/**
 * The contract's schemas by name: one component per record type, per settings document and per
 * answer, each the very zod object the API parses or answers with (src/api/schemas, streams).
 */
import { z } from 'zod';
import { facetsSchema, pageSchema, problemSchema } from '../../../src/api/schemas/common';
import {
  deliverySchema,
  destinationAuthSchema,
  destinationInputSchema,
  destinationListSchema,
  destinationSchema,
  testBatchSchema,
  testResultSchema,
} from '../../../src/api/schemas/destinations';
import { eventTypeSchema, eventTypesSchema } from '../../../src/api/schemas/eventTypes';
import { localTimeColumn } from '../../../src/api/schemas/export';
import { histogramSchema } from '../../../src/api/schemas/histogram';
import {
  createdIngestTokenSchema,
  ingestBatchSchema,
  ingestEnvelopeSchema,
  ingestResultSchema,
  ingestTokenInputSchema,
  ingestTokenListSchema,
  ingestTokenSchema,
  quarantineListSchema,
  quarantineRetrySchema,
  quarantinedEventSchema,
  rejectedEventSchema,
} from '../../../src/api/schemas/ingest';
import { meSchema } from '../../../src/api/schemas/me';
import { overviewSchema } from '../../../src/api/schemas/overview';
import { recordTypeSchema } from '../../../src/api/schemas/recordTypes';
import {
  retentionDaysSchema,
  retentionImpactSchema,
  retentionInputSchema,
  retentionPoliciesSchema,
  retentionSchema,
} from '../../../src/api/schemas/retention';
import {
  savedQuerySchema,
  savedSearchInputSchema,
  savedSearchListSchema,
  savedSearchSchema,
} from '../../../src/api/schemas/savedSearches';
import { tailSchema } from '../../../src/api/schemas/tail';
import { timelineItemSchema, timelineSchema } from '../../../src/api/schemas/timeline';
import { streamContracts, type StreamName } from '../../../src/api/streams';
import { named } from './named';
import { DESTINATION_INPUT, INGEST_TOKEN_INPUT, SAVED_SEARCH_INPUT } from './rules';

type Entry = readonly [name: string, schema: z.ZodType, description?: string];

/** Each before the schemas that contain it (see nameContractSchemas). */
const CONTRACT: readonly Entry[] = [
  ['Problem', problemSchema, 'RFC 9457 problem details: the body of every error.'],
  ['Me', meSchema, 'Who is signed in, with their organisation, role and permissions.'],
  ['EventType', eventTypeSchema],
  ['EventTypeList', eventTypesSchema],
  ['RecordType', recordTypeSchema, 'A stream, as destinations, retention and saved searches name it.'],
  ['TimelineItem', timelineItemSchema, 'One record of any stream, tagged with its stream.'],
  ['Timeline', timelineSchema],
  ['Overview', overviewSchema],
  ['Histogram', histogramSchema],
  ['Facets', facetsSchema],

  ['DestinationAuth', destinationAuthSchema],
  ['Delivery', deliverySchema],
  ['Destination', destinationSchema, 'An audit destination as the API shows it: never its secret.'],
  ['DestinationList', destinationListSchema],
  ['DestinationInput', destinationInputSchema, DESTINATION_INPUT],
  ['TestBatch', testBatchSchema],
  ['TestResult', testResultSchema],

  ['RetentionDays', retentionDaysSchema, 'Whole days, or null: keep indefinitely.'],
  ['RetentionPolicies', retentionPoliciesSchema],
  ['Retention', retentionSchema, 'How long each record type is kept.'],
  ['RetentionInput', retentionInputSchema],
  ['RetentionImpact', retentionImpactSchema],

  ['SavedQuery', savedQuerySchema],
  ['SavedSearch', savedSearchSchema],
  ['SavedSearchList', savedSearchListSchema],
  ['SavedSearchInput', savedSearchInputSchema, SAVED_SEARCH_INPUT],

  [
    'IngestEvent',
    ingestEnvelopeSchema,
    'One event as an audit destination sends it; `unique_id` becomes the record id.',
  ],
  ['IngestBatch', ingestBatchSchema],
  ['RejectedEvent', rejectedEventSchema],
  ['IngestResult', ingestResultSchema],
  ['QuarantinedEvent', quarantinedEventSchema],
  ['QuarantineList', quarantineListSchema],
  ['QuarantineRetry', quarantineRetrySchema],

  ['IngestToken', ingestTokenSchema, 'Who may send records to POST /ingest, as listed: never its secret.'],
  ['IngestTokenList', ingestTokenListSchema],
  ['IngestTokenInput', ingestTokenInputSchema, INGEST_TOKEN_INPUT],
  ['CreatedIngestToken', createdIngestTokenSchema, 'A new token with its secret, shown this once.'],
];

/**
 * Names the schemas that are not a stream's, and returns them for the generator to write first,
 * in this order. zod-to-openapi writes a component from the first use it meets: met first as
 * `lastDelivery` (`deliverySchema.nullable()`), `Delivery` became a nullable component. The
 * problem schema is met through the problem responses only, which the generator doesn't read.
 */
export function nameContractSchemas(): z.ZodType[] {
  return CONTRACT.map(([name, schema, description]) => named(name, schema, description));
}

export interface StreamSchemas {
  record: z.ZodType;
  page: z.ZodType;
  tail: z.ZodType;
  exportRow: z.ZodType;
}

/** One stream's record type, and the answers built around it by the contract's own functions. */
export function streamSchemas(stream: StreamName): StreamSchemas {
  const contract = streamContracts[stream];
  const { title, recordTypeLabel } = contract;
  const schema = contract.schema;
  if (!(schema instanceof z.ZodObject)) throw new Error(`The ${stream} record schema is not an object.`);
  const record = named(
    `${title}Record`,
    schema,
    `A record of the ${title} stream ("${recordTypeLabel}" among record types).`,
  );
  const local = localTimeColumn(contract);
  return {
    record,
    page: named(`${title}RecordPage`, pageSchema(record), `A page of ${title} records.`),
    tail: named(`${title}Tail`, tailSchema(record), `The ${title} records of a search that arrived.`),
    exportRow: named(
      `${title}ExportRow`,
      schema.partial().extend({ [local]: z.string().optional() }),
      `A ${title} record as an export writes it: the chosen \`columns\` only, plus \`${local}\` with \`tz\`.`,
    ),
  };
}
