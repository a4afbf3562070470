import { z } from 'zod';
import { streamContracts, type StreamName } from './index';

const optional = new Map<StreamName, readonly string[]>();

/**
 * The fields a sender may leave out: those its stream's schema lets be null ("not all stages
 * will have all fields available"). Ingest, the stores and the console read an absent one as
 * null, so that a record lacking, say, `upstream_idp` is the same record everywhere.
 */
export function senderOptionalFields(stream: StreamName): readonly string[] {
  let names = optional.get(stream);
  if (!names) {
    const schema = streamContracts[stream].schema;
    const shape: Readonly<Record<string, z.ZodType>> = schema instanceof z.ZodObject ? schema.shape : {};
    names = Object.entries(shape)
      .filter(([, field]) => field.safeParse(null).success)
      .map(([name]) => name);
    optional.set(stream, names);
  }
  return names;
}

/** The record with every absent sender-optional field as null; the same object when none is absent. */
export function withSenderDefaults<R extends Record<string, unknown>>(stream: StreamName, record: R): R {
  const missing = senderOptionalFields(stream).filter((name) => record[name] === undefined);
  if (missing.length === 0) return record;
  const filled: Record<string, unknown> = { ...record };
  for (const name of missing) filled[name] = null;
  return filled as R;
}
