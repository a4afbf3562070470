import { request } from './client';
import { tailSchema, type Tail, type TailParams } from './schemas/tail';
import { streamContracts, type AuditRecord, type StreamName } from './streams';

/** The records of a search that arrived after `after`, newest first, and up to when that is complete. */
export function fetchTail(
  stream: StreamName,
  params: TailParams,
  signal?: AbortSignal,
): Promise<Tail<AuditRecord>> {
  const schema = tailSchema(streamContracts[stream].schema);
  return request(`/audit/${stream}/tail`, schema, { params: { ...params }, signal });
}
