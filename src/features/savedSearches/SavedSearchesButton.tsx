import { useState } from 'react';
import { Button } from '@mui/material';
import BookmarksIcon from '@mui/icons-material/Bookmarks';
import type { StreamDefinition } from '../search/definition';
import type { SearchState } from '../search/searchState';
import { SavedSearchesDialog } from './SavedSearchesDialog';

/** "Saved searches" for a grid's toolbar. */
export function SavedSearchesButton(props: { definition: StreamDefinition; search: SearchState }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" startIcon={<BookmarksIcon />} onClick={() => setOpen(true)} aria-haspopup="dialog">
        Saved searches
      </Button>
      {open && <SavedSearchesDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}
