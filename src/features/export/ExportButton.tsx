import { useState } from 'react';
import { Button } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { ExportDialog, type ExportProps } from './ExportDialog';

/** "Export" for a grid: every record of its current search, as CSV, JSON or NDJSON. */
export function ExportButton(props: ExportProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="small" startIcon={<DownloadIcon />} onClick={() => setOpen(true)} aria-haspopup="dialog">
        Export
      </Button>
      {open && <ExportDialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}
