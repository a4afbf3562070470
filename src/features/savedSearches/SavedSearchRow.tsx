import { useState, type FormEvent } from 'react';
import {
  Box,
  Button,
  IconButton,
  Link,
  ListItem,
  Stack,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import LinkIcon from '@mui/icons-material/Link';
import { Link as RouterLink } from 'react-router';
import type { Versioned } from '../../api/client';
import { ApiError } from '../../api/errors';
import { getSavedSearch, useDeleteSavedSearch, useRenameSavedSearch } from '../../api/savedSearches';
import type { SavedSearch } from '../../api/schemas/savedSearches';
import type { AuditRecord, StreamContract } from '../../api/streams';
import { ConflictDialog } from '../../components/ConflictDialog';
import { copyText } from '../../lib/clipboard';
import { useSingleFlight } from '../../lib/useSingleFlight';
import { describeSaved, searchPath, shareLink } from './links';

interface Props {
  saved: SavedSearch;
  contract: StreamContract<AuditRecord>;
  onOpen: () => void;
  onMessage: (message: string) => void;
}

const failureText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One saved search: open it, rename it (If-Match; a conflict asks), copy its link, delete it. */
export function SavedSearchRow({ saved, contract, onOpen, onMessage }: Props) {
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const [name, setName] = useState(saved.name);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Versioned<SavedSearch> | null>(null);
  const rename = useRenameSavedSearch();
  const remove = useDeleteSavedSearch();
  const once = useSingleFlight();
  const path = searchPath(saved.stream, contract, saved.search);

  const sendRename = async (base: SavedSearch, etag: string) => {
    setError(null);
    try {
      await rename.mutateAsync({ search: base, name, etag });
      onMessage(`Renamed to "${name.trim()}".`);
      setMode('view');
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) {
        try {
          setConflict(await getSavedSearch(saved.id));
        } catch (reread) {
          setError(failureText(reread));
        }
        return;
      }
      setError(e instanceof ApiError ? (e.fieldErrors().name ?? e.message) : failureText(e));
    }
  };

  const submitRename = (event: FormEvent) => {
    event.preventDefault();
    void once(() => sendRename(saved, saved.etag));
  };

  const confirmDelete = () =>
    void once(async () => {
      try {
        await remove.mutateAsync(saved);
        onMessage(`Deleted "${saved.name}".`);
      } catch (e) {
        setError(
          e instanceof ApiError && e.status === 412
            ? `"${saved.name}" was changed by someone else; check it and delete again if still needed.`
            : failureText(e),
        );
        setMode('view');
      }
    });

  return (
    <ListItem divider sx={{ display: 'block', py: 1 }}>
      {mode === 'rename' ? (
        <Stack
          component="form"
          direction="row"
          onSubmit={submitRename}
          sx={{ gap: 1, alignItems: 'flex-start' }}
        >
          <TextField
            label={`New name for ${saved.name}`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            size="small"
            error={Boolean(error)}
            helperText={error}
            disabled={rename.isPending}
            sx={{ flex: 1 }}
          />
          <Button type="submit" variant="contained" disabled={rename.isPending || name.trim() === ''}>
            Save
          </Button>
          <Button
            onClick={() => {
              setMode('view');
              setName(saved.name);
              setError(null);
            }}
          >
            Cancel
          </Button>
        </Stack>
      ) : mode === 'delete' ? (
        <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
          <Typography sx={{ flex: 1 }}>Delete "{saved.name}"? This can't be undone.</Typography>
          <Button color="error" variant="contained" onClick={confirmDelete} disabled={remove.isPending}>
            Delete
          </Button>
          <Button onClick={() => setMode('view')} disabled={remove.isPending}>
            Cancel
          </Button>
        </Stack>
      ) : (
        <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Link component={RouterLink} to={path} onClick={onOpen} sx={{ fontWeight: 500 }}>
              {saved.name}
            </Link>
            <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-word' }}>
              {describeSaved(saved.search)}
            </Typography>
            {error && (
              <Typography variant="body2" color="error" role="alert">
                {error}
              </Typography>
            )}
          </Box>
          <Tooltip title="Rename">
            <IconButton aria-label={`Rename ${saved.name}`} onClick={() => setMode('rename')}>
              <EditIcon fontSize="small" />
            </IconButton>
          </Tooltip>
          <Tooltip title="Copy link">
            <IconButton
              aria-label={`Copy link to ${saved.name}`}
              onClick={async () =>
                onMessage((await copyText(shareLink(path))) ? 'Link copied' : 'Could not copy the link')
              }
            >
              <LinkIcon fontSize="small" />
            </IconButton>
          </Tooltip>
          <Tooltip title="Delete">
            <IconButton aria-label={`Delete ${saved.name}`} onClick={() => setMode('delete')}>
              <DeleteIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        </Stack>
      )}
      <ConflictDialog
        open={conflict !== null}
        subject={`the saved search "${saved.name}"`}
        rows={conflict ? [{ label: 'Name', mine: name, theirs: conflict.data.name }] : []}
        busy={rename.isPending}
        onCancel={() => setConflict(null)}
        onTakeTheirs={() => {
          setConflict(null);
          setMode('view');
          setName(conflict?.data.name ?? saved.name);
        }}
        onKeepMine={() => {
          const current = conflict;
          setConflict(null);
          if (current) void once(() => sendRename(current.data, current.etag ?? current.data.etag));
        }}
      />
    </ListItem>
  );
}
