import { savedSearchSchema, type SavedSearch } from '../../src/api/schemas/savedSearches';
import { documentStore } from './documents';

export type StoredSavedSearch = Omit<SavedSearch, 'etag'>;

const storedSchema = savedSearchSchema.omit({ etag: true });
const isStored = (value: unknown): value is StoredSavedSearch => storedSchema.safeParse(value).success;

/** `initial`: the searches a store starts with (the demo's; none for a new store). */
export const savedSearchDocuments = (initial: () => StoredSavedSearch[] = () => []) =>
  documentStore('audit-console.mock.saved-searches', isStored, initial);
