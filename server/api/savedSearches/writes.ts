import { parseQuery } from '../../../src/api/query';
import { savedSearchInputSchema } from '../../../src/api/schemas/savedSearches';
import { parseSort } from '../../../src/api/sort';
import { streamContracts } from '../../../src/api/streams';
import type { JsonObject } from '../../engine/changes';
import type { StoredSavedSearch } from '../../engine/savedSearches';
import type { AuditStore } from '../../engine/types';
import type { Identity } from '../identity';
import { fieldError, fieldErrors } from '../requestBody';

/** What the audit trail and the no-change check compare: what the user can change. */
export const auditView = ({ name, stream, search }: StoredSavedSearch) =>
  ({ name, stream, search }) as JsonObject;

/** Validates a write: the query must run on its stream, and names are unique per stream. */
export async function checked(
  store: AuditStore,
  body: unknown,
  id: string,
  who: Identity,
  before?: StoredSavedSearch,
): Promise<StoredSavedSearch | Response> {
  const parsed = savedSearchInputSchema.safeParse(body);
  if (!parsed.success) return fieldErrors(parsed.error);
  const { name, stream, search } = parsed.data;
  const contract = streamContracts[stream];
  const query = parseQuery(search.q, contract.fields);
  if (!query.ok) return fieldError('search.q', query.error.message);
  if (!(contract.sortable as readonly string[]).includes(parseSort(search.sort).field))
    return fieldError('search.sort', `"${search.sort}" is not a sortable field of ${stream}.`);
  const taken = (await store.savedSearches.list()).some(
    ({ value: s }) => s.id !== id && s.stream === stream && s.name.toLowerCase() === name.toLowerCase(),
  );
  if (taken) return fieldError('name', `A saved search named "${name}" already exists here.`, 409);
  const now = new Date().toISOString();
  return {
    id,
    name,
    stream,
    search,
    createdBy: before?.createdBy ?? who.user.email,
    createdAt: before?.createdAt ?? now,
    updatedAt: now,
  };
}
