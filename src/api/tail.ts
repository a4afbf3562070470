import { z } from 'zod';
import { request } from './client';
import { readRecords } from './readRecord';
import { tailSchema, type Tail, type TailParams } from './schemas/tail';
import type { AuditRecord, StreamName } from './streams';

const sentTailSchema = tailSchema(z.unknown());

/** The records of a search that arrived after `after`, newest first, and up to when that is complete. */
export async function fetchTail(
  stream: StreamName,
  params: TailParams,
  signal?: AbortSignal,
): Promise<Tail<AuditRecord>> {
  const tail = await request(`/audit/${stream}/tail`, sentTailSchema, { params: { ...params }, signal });
  // a bad record among the new ones is shown marked, as in a page
  return { ...tail, items: readRecords(stream, tail.items, `tail-${tail.until}`) };
}
