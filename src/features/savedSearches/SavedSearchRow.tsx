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
import { ApiError, errorMessage, isStaleVersion } from '../../api/errors';
import { getSavedSearch, useDeleteSavedSearch, useRenameSavedSearch } from '../../api/savedSearches';
import type { SavedSearch } from '../../api/schemas/savedSearches';
import type { AuditRecord, StreamContract } from '../../api/streams';
import { ConflictDialog } from '../../components/ConflictDialog';
import { VisibleText } from '../../components/VisibleText';
import { copyText } from '../../lib/clipboard';
import { useVersionedWrite } from '../../lib/useVersionedWrite';
import { describeSaved, searchPath, shareLink } from './links';

interface Props {
  saved: SavedSearch;
  contract: StreamContract<AuditRecord>;
  onOpen: () => void;
  onMessage: (message: string) => void;
}

/** One saved search: open it, rename it (If-Match; a conflict asks), copy its link, delete it. */
export function SavedSearchRow({ saved, contract, onOpen, onMessage }: Props) {
  const [mode, setMode] = useState<'view' | 'rename' | 'delete'>('view');
  const [name, setName] = useState(saved.name);
  const [error, setError] = useState<string | null>(null);
  const rename = useRenameSavedSearch();
  const remove = useDeleteSavedSearch();
  const path = searchPath(saved.stream, contract, saved.search);

  const renaming = useVersionedWrite<Versioned<SavedSearch>, string>({
    write: (against, newName) => {
      setError(null);
      return rename.mutateAsync({
        search: against.data,
        name: newName,
        etag: against.etag ?? against.data.etag,
      });
    },
    onSaved: (_, __, newName) => {
      onMessage(`Renamed to "${newName.trim()}".`);
      setMode('view');
    },
    onError: (e) => setError(e instanceof ApiError ? (e.fieldErrors().name ?? e.message) : errorMessage(e)),
    reread: () => getSavedSearch(saved.id),
    onRereadError: (e) => setError(errorMessage(e)),
    onTakeTheirs: (theirs) => {
      setMode('view');
      setName(theirs.data.name);
    },
  });

  const deleting = useVersionedWrite<SavedSearch>({
    write: (target) => remove.mutateAsync(target),
    onSaved: () => onMessage(`Deleted "${saved.name}".`),
    // a list row is not a form: there is no draft to set beside theirs, so the user is told to look again
    onError: (e) => {
      setError(
        isStaleVersion(e)
          ? `"${saved.name}" was changed by someone else; check it and delete again if still needed.`
          : errorMessage(e),
      );
      setMode('view');
    },
  });

  const submitRename = (event: FormEvent) => {
    event.preventDefault();
    void renaming.save({ data: saved, etag: saved.etag }, name);
  };

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
            disabled={renaming.saving}
            sx={{ flex: 1 }}
          />
          <Button type="submit" variant="contained" disabled={renaming.saving || name.trim() === ''}>
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
          <Button
            color="error"
            variant="contained"
            onClick={() => void deleting.save(saved)}
            disabled={deleting.saving}
          >
            Delete
          </Button>
          <Button onClick={() => setMode('view')} disabled={deleting.saving}>
            Cancel
          </Button>
        </Stack>
      ) : (
        <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Link component={RouterLink} to={path} onClick={onOpen} sx={{ fontWeight: 500 }}>
              <VisibleText text={saved.name} />
            </Link>
            <Typography variant="body2" color="text.secondary" sx={{ wordBreak: 'break-word' }}>
              <VisibleText text={describeSaved(saved.search)} />
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
        {...renaming.dialog}
        subject={`the saved search "${saved.name}"`}
        rows={
          renaming.conflict ? [{ label: 'Name', mine: name, theirs: renaming.conflict.theirs.data.name }] : []
        }
      />
    </ListItem>
  );
}
