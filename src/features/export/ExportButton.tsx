import { useState } from 'react';
import { Button } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { shownColumns, useSearch } from '../search/controller';
import { ExportDialog } from './ExportDialog';

/**
 * "Export" for a grid: every record of the page's search, as CSV, JSON or NDJSON.
 * `total`: the grid's count for that search (null while it loads: the dialog counts).
 */
export function ExportButton({ total }: { total: number | null }) {
  const search = useSearch();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="small"
        startIcon={<DownloadIcon />}
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        aria-keyshortcuts="e"
      >
        Export
      </Button>
      {open && (
        <ExportDialog
          definition={search.definition}
          search={search.state}
          visibleColumns={shownColumns(search)}
          zone={search.zone}
          total={total}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
