/**
 * `npm run send-sample -- --url http://localhost:8080 --token aci_…`: a sender like an audit
 * destination. It posts the documentation's example batch as it stands, then every few seconds
 * a batch of the demo world's records as fresh events, so a newcomer can watch records arrive.
 */
import { SEED_EXAMPLE_BATCH } from '../server/engine/ingest/seedExample';
import { LOG_TYPES } from '../server/engine/ingest/streamOf';
import { randomId } from '../src/api/randomId';
import { streamContracts, streamNames, type AuditRecord, type StreamName } from '../src/api/streams';
import { generateWorld } from './world/world';

interface Options {
  url: string;
  token: string;
  everyMs: number;
  perBatch: number;
  /** batches after the example; 0: until stopped */
  batches: number;
}

const USAGE =
  'usage: npm run send-sample -- --url http://localhost:8080 --token <ingest token> [--every 2] [--events 20] [--batches 0]\n' +
  '  (or set INGEST_URL and INGEST_TOKEN)';

function options(argv: readonly string[], env: NodeJS.ProcessEnv): Options {
  const value = (name: string) => {
    const at = argv.indexOf(`--${name}`);
    return at === -1 ? undefined : argv[at + 1];
  };
  const url = value('url') ?? env.INGEST_URL;
  const token = value('token') ?? env.INGEST_TOKEN;
  if (!url || !token) throw new Error(USAGE);
  const number = (name: string, fallback: number) => {
    const raw = value(name);
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${name} must be a number ≥ 0\n${USAGE}`);
    return n;
  };
  return {
    url: url.replace(/\/+$/, ''),
    token,
    everyMs: number('every', 2) * 1000,
    perBatch: Math.max(1, Math.floor(number('events', 20))),
    batches: Math.floor(number('batches', 0)),
  };
}

/** The log_type that names each stream (the first of LOG_TYPES that does). */
const LOG_TYPE = Object.fromEntries(
  streamNames.map((s) => [s, Object.keys(LOG_TYPES).find((t) => LOG_TYPES[t] === s) ?? s]),
) as Record<StreamName, string>;

/** A record of the demo world as a sender would send it: now, with a new unique_id, no resolved email. */
function asEvent(stream: StreamName, record: AuditRecord, now: number) {
  const fields: Record<string, unknown> = { ...record };
  delete fields.id;
  if (stream === 'access' || stream === 'authorisation') delete fields.email;
  const time = new Date(now).toISOString();
  fields[streamContracts[stream].timeField] = time;
  return { create_time: time, event: { ...fields, log_type: LOG_TYPE[stream] }, unique_id: randomId() };
}

async function post(o: Options, body: string): Promise<void> {
  const response = await fetch(`${o.url}/api/v1/ingest`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${o.token}`, 'Content-Type': 'application/json' },
    body,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`POST /api/v1/ingest: ${response.status} ${text}`);
  const result = JSON.parse(text) as {
    added: number;
    duplicates: number;
    quarantined: number;
    warnings: string[];
  };
  console.log(
    `${new Date().toISOString()}  added ${result.added}, already stored ${result.duplicates}, quarantined ${result.quarantined}`,
  );
  for (const warning of result.warnings) console.log(`  note: ${warning}`);
}

async function main(): Promise<void> {
  const o = options(process.argv.slice(1), process.env);
  console.log(`sending the audit destinations example batch to ${o.url}`);
  await post(o, SEED_EXAMPLE_BATCH);
  const world = generateWorld({ count: 2_000, seed: Date.now() % 100_000, now: Date.now() });
  let sent = 0;
  for (let batch = 0; o.batches === 0 || batch < o.batches; batch++) {
    await new Promise((resolve) => setTimeout(resolve, o.everyMs));
    const now = Date.now();
    const events = Array.from({ length: o.perBatch }, (_, i) => {
      const stream = streamNames[(sent + i) % streamNames.length] as StreamName;
      const records = world[stream].records;
      return asEvent(stream, records[(sent + i) % records.length] as AuditRecord, now);
    });
    sent += events.length;
    await post(o, JSON.stringify({ events }));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
