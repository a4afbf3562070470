import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { facetsSchema } from '../../../../src/api/schemas/common';
import { EXPORT_MEDIA_TYPES, TOTAL_HEADER } from '../../../../src/api/schemas/export';
import { histogramSchema } from '../../../../src/api/schemas/histogram';
import { streamContracts, type StreamName } from '../../../../src/api/streams';
import { headersOf, json, problems } from '../http';
import { idParam, streamQueries } from '../params';
import { PERMISSIONS } from '../rules';
import { streamSchemas } from '../schemas';

/**
 * The endpoints of one stream, under its own path: the server serves `/audit/{stream}/…` for
 * the stream names only (another name: 404), and each stream answers with its own record type.
 */
export function registerStreamPaths(registry: OpenAPIRegistry, stream: StreamName): void {
  const contract = streamContracts[stream];
  const { title } = contract;
  const { record, page, tail, exportRow } = streamSchemas(stream);
  const query = streamQueries(contract);
  const base = `/audit/${stream}`;
  const tags = [title];
  const lower = title.toLowerCase();

  registry.registerPath({
    method: 'get',
    path: `${base}/records`,
    operationId: `search${title}Records`,
    tags,
    summary: `Search ${lower} records`,
    description: `A page of the records matching a search, in \`sort\` order. ${PERMISSIONS.read}`,
    request: { query: query.records },
    responses: {
      200: json(page, "The page, the search's total and the next page's cursor (null on the last page)."),
      ...problems(400, 401, 403),
    },
  });

  registry.registerPath({
    method: 'get',
    path: `${base}/records/{id}`,
    operationId: `get${title}Record`,
    tags,
    summary: `Read one ${lower} record`,
    description: PERMISSIONS.read,
    request: { params: idParam("The record's `id`.") },
    responses: {
      200: json(record, 'The record.'),
      ...problems(401, 403, [404, `No ${lower} record has this id.`]),
    },
  });

  registry.registerPath({
    method: 'get',
    path: `${base}/facets`,
    operationId: `get${title}Facets`,
    tags,
    summary: `Most frequent values of a ${lower} field`,
    description: `For autocomplete: the values of \`field\` starting with \`prefix\`, most frequent first. ${PERMISSIONS.read}`,
    request: { query: query.facets },
    responses: { 200: json(facetsSchema, 'The values and their counts.'), ...problems(400, 401, 403) },
  });

  registry.registerPath({
    method: 'get',
    path: `${base}/histogram`,
    operationId: `get${title}Histogram`,
    tags,
    summary: `Count ${lower} records over time`,
    description:
      'The search of the records endpoint counted in round buckets (1 s … 30 days, the smallest ' +
      "giving at most `buckets`), stacked by the stream's outcome bands; records in no band count as " +
      `"Other". ${PERMISSIONS.read}`,
    request: { query: query.histogram },
    responses: { 200: json(histogramSchema, 'The buckets and their series.'), ...problems(400, 401, 403) },
  });

  registry.registerPath({
    method: 'get',
    path: `${base}/export`,
    operationId: `export${title}Records`,
    tags,
    summary: `Export every matching ${lower} record`,
    description:
      "The search's every record, streamed in `format`, one record per line (CSV rows end in CRLF). " +
      `The export is itself audited when it ends or stops. ${PERMISSIONS.read}`,
    request: { query: query.export },
    responses: {
      200: {
        description: `The records, announced by ${TOTAL_HEADER}.`,
        headers: headersOf(TOTAL_HEADER, 'Content-Disposition'),
        content: {
          [EXPORT_MEDIA_TYPES.csv]: {
            schema: { type: 'string', description: 'A header row of the columns, then one row per record.' },
          },
          [EXPORT_MEDIA_TYPES.json]: { schema: exportRow.array() },
          [EXPORT_MEDIA_TYPES.ndjson]: {
            schema: {
              type: 'string',
              description: `One ${title}ExportRow object per line.`,
            },
          },
        },
      },
      ...problems(400, 401, 403),
    },
  });

  registry.registerPath({
    method: 'get',
    path: `${base}/tail`,
    operationId: `tail${title}Records`,
    tags,
    summary: `New ${lower} records since a watermark`,
    description:
      'The records of a search that arrived in (`after`, `until`], newest first; the next poll ' +
      `asks \`after=until\`. ${PERMISSIONS.read}`,
    request: { query: query.tail },
    responses: { 200: json(tail, 'The new records and the watermark.'), ...problems(400, 401, 403) },
  });
}
