import { useState } from 'react';
import { Button } from '@mui/material';
import BookmarksIcon from '@mui/icons-material/Bookmarks';
import { useSearch } from '../search/controller';
import { SavedSearchesDialog } from './SavedSearchesDialog';

/** "Saved searches" for a grid's toolbar: saves the page's search, lists the stream's others. */
export function SavedSearchesButton() {
  const { definition, state } = useSearch();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="small"
        startIcon={<BookmarksIcon />}
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-keyshortcuts="s"
      >
        Saved searches
      </Button>
      {open && <SavedSearchesDialog definition={definition} search={state} onClose={() => setOpen(false)} />}
    </>
  );
}
