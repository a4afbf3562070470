import { savedSearchSchema, type SavedSearch } from '../../src/api/schemas/savedSearches';
import { documentStore } from './documents';
import { SIGNED_IN } from './identity';

export type StoredSavedSearch = Omit<SavedSearch, 'etag'>;

const storedSchema = savedSearchSchema.omit({ etag: true });
const isStored = (value: unknown): value is StoredSavedSearch => storedSchema.safeParse(value).success;

function initial(): StoredSavedSearch[] {
  const at = new Date(Date.now() - 7 * 86_400_000).toISOString();
  const base = { createdBy: SIGNED_IN.email, createdAt: at, updatedAt: at };
  return [
    {
      ...base,
      id: 'ss-failed-mfa',
      name: 'MFA stages that did not succeed',
      stream: 'authentication',
      search: { q: 'stage:mfa -event:success', from: 'now-7d', to: null, sort: '-time' },
    },
    {
      ...base,
      id: 'ss-denied',
      name: 'Denied requests',
      stream: 'authorisation',
      search: { q: 'allowed:false', from: 'now-24h', to: null, sort: '-time' },
    },
  ];
}

export const savedSearchDocuments = () =>
  documentStore('audit-console.mock.saved-searches', isStored, initial);
