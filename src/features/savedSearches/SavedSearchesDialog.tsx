import { useId, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  Snackbar,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../api/errors';
import { savedSearchesQuery, useCreateSavedSearch } from '../../api/savedSearches';
import { MAX_SAVED_NAME } from '../../api/schemas/savedSearches';
import type { StreamDefinition } from '../search/definition';
import type { SearchState } from '../search/searchState';
import { useSingleFlight } from '../../lib/useSingleFlight';
import { describeSaved, savedQueryOf } from './links';
import { SavedSearchRow } from './SavedSearchRow';
import { randomId } from '../../api/randomId';

interface Props {
  definition: StreamDefinition;
  search: SearchState;
  onClose: () => void;
}

/** Saved searches, as the Ardexa audit logs have them: save the search on screen, and open, rename, share or delete saved ones. */
export function SavedSearchesDialog({ definition, search, onClose }: Props) {
  const titleId = useId();
  const { stream, contract } = definition;
  const list = useQuery(savedSearchesQuery(stream));
  const create = useCreateSavedSearch();
  const once = useSingleFlight();
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  // a new key after each success: the next save is a new search, a retry of a failed one is not
  const [key, setKey] = useState(() => randomId());
  const current = savedQueryOf(search);

  const save = (event: FormEvent) => {
    event.preventDefault();
    void once(async () => {
      setFailure(null);
      if (name.trim() === '') {
        setNameError('Enter a name for the search.');
        return;
      }
      try {
        const created = await create.mutateAsync({ input: { name, stream, search: current }, key });
        setMessage(`Saved "${created.name}".`);
        setName('');
        setKey(randomId());
      } catch (e) {
        const fields = e instanceof ApiError ? e.fieldErrors() : {};
        if (fields.name) setNameError(fields.name);
        else setFailure(`Not saved. ${e instanceof Error ? e.message : String(e)}`);
      }
    });
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="sm" fullWidth>
      <DialogTitle id={titleId}>Saved searches</DialogTitle>
      <DialogContent>
        <Stack
          component="form"
          onSubmit={save}
          noValidate
          sx={{ gap: 1, mb: 2 }}
          aria-label="Save the current search"
        >
          <Typography variant="body2" color="text.secondary">
            Saves what is on screen: {describeSaved(current)}
          </Typography>
          <Stack direction="row" sx={{ gap: 1, alignItems: 'flex-start' }}>
            <TextField
              label="Name"
              value={name}
              onChange={(e) => {
                setName(e.target.value);
                setNameError(null);
              }}
              size="small"
              error={Boolean(nameError)}
              helperText={nameError}
              disabled={create.isPending}
              sx={{ flex: 1, mt: 0.5 }}
              slotProps={{ htmlInput: { maxLength: MAX_SAVED_NAME } }}
            />
            <Button type="submit" variant="contained" disabled={create.isPending} sx={{ mt: 0.5 }}>
              Save search
            </Button>
          </Stack>
          {failure && <Alert severity="error">{failure}</Alert>}
        </Stack>
        <Typography variant="subtitle2" component="h3">
          Saved {definition.title.toLowerCase()} searches
        </Typography>
        {list.isPending ? (
          <Typography role="status">Loading…</Typography>
        ) : list.isError ? (
          <Alert severity="error">{list.error.message}</Alert>
        ) : list.data.items.length === 0 ? (
          <Typography color="text.secondary">None yet.</Typography>
        ) : (
          <List dense aria-label="Saved searches">
            {list.data.items.map((saved) => (
              <SavedSearchRow
                key={saved.id}
                saved={saved}
                contract={contract}
                onOpen={onClose}
                onMessage={setMessage}
              />
            ))}
          </List>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
      <Snackbar
        open={message !== null}
        autoHideDuration={3000}
        onClose={() => setMessage(null)}
        message={message}
      />
    </Dialog>
  );
}
