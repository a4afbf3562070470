import type { MouseEvent } from 'react';
import { Box, Button, TableCell, TableRow } from '@mui/material';
import type { QuarantinedEvent } from '../../../../api/schemas/ingest';
import { streamContracts } from '../../../../api/streams';
import { formatTime } from '../../destinations/format';
import { eventName } from './describe';

interface Props {
  event: QuarantinedEvent;
  busy: boolean;
  onView: () => void;
  onRetry: () => void;
  onDiscard: () => void;
}

/** A click anywhere on the row opens the raw event; its buttons do that and more from the keyboard. */
export function QuarantineRow({ event: e, busy, onView, onRetry, onDiscard }: Props) {
  const name = eventName(e);
  const only = (action: () => void) => (click: MouseEvent) => {
    click.stopPropagation();
    action();
  };
  return (
    <TableRow hover onClick={onView} sx={{ cursor: 'pointer' }}>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatTime(e.receivedAt)}</TableCell>
      <TableCell sx={{ minWidth: 200 }}>{e.reason}</TableCell>
      <TableCell>{e.stream ? streamContracts[e.stream].title : 'None'}</TableCell>
      <TableCell>
        <Box component="code" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
          {e.uniqueId ?? '—'}
        </Box>
      </TableCell>
      <TableCell>{e.tokenName}</TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        <Button size="small" onClick={only(onView)} aria-label={`View event ${name}`}>
          View
        </Button>
        <Button size="small" onClick={only(onRetry)} disabled={busy} aria-label={`Retry event ${name}`}>
          Retry
        </Button>
        <Button
          size="small"
          color="error"
          onClick={only(onDiscard)}
          disabled={busy}
          aria-label={`Discard event ${name}`}
        >
          Discard
        </Button>
      </TableCell>
    </TableRow>
  );
}
