import { useId } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import type { QuarantinedEvent } from '../../../../api/schemas/ingest';
import { streamContracts } from '../../../../api/streams';
import { formatTime } from '../../destinations/format';
import { prettyJson } from './describe';

interface Props {
  event: QuarantinedEvent;
  busy: boolean;
  onRetry: () => void;
  onDiscard: () => void;
  onClose: () => void;
}

/** The event as it was received (its secrets already fingerprinted), read-only, with what can be done about it. */
export function RawEventDialog({ event, busy, onRetry, onDiscard, onClose }: Props) {
  const titleId = useId();
  const facts: [string, string][] = [
    ['Reason', event.reason],
    ['Received', formatTime(event.receivedAt)],
    ['Stream guess', event.stream ? streamContracts[event.stream].title : 'None'],
    ['unique_id', event.uniqueId ?? '—'],
    ['Token', event.tokenName],
  ];
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="md">
      <DialogTitle id={titleId}>Quarantined event</DialogTitle>
      <DialogContent>
        <Box
          component="dl"
          sx={{
            display: 'grid',
            gridTemplateColumns: 'max-content minmax(0, 1fr)',
            columnGap: 2,
            rowGap: 0.5,
            m: 0,
            mb: 2,
            '& dt': { color: 'text.secondary' },
            '& dd': { m: 0, overflowWrap: 'anywhere' },
          }}
        >
          {facts.map(([term, value]) => (
            <Box key={term} sx={{ display: 'contents' }}>
              <Typography component="dt" variant="body2">
                {term}
              </Typography>
              <Typography component="dd" variant="body2">
                {value}
              </Typography>
            </Box>
          ))}
        </Box>
        <Typography variant="subtitle2" component="h3" gutterBottom>
          Raw event
        </Typography>
        <Box
          component="pre"
          tabIndex={0}
          sx={{
            m: 0,
            p: 1.5,
            maxHeight: '50vh',
            overflow: 'auto',
            borderRadius: 1,
            bgcolor: 'action.hover',
            fontFamily: 'monospace',
            fontSize: '0.8125rem',
            whiteSpace: 'pre-wrap',
            overflowWrap: 'anywhere',
          }}
        >
          {prettyJson(event.raw)}
        </Box>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap' }}>
        <Button color="error" onClick={onDiscard} disabled={busy}>
          Discard
        </Button>
        <Button onClick={onRetry} disabled={busy}>
          Retry
        </Button>
        <Button variant="contained" onClick={onClose}>
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
