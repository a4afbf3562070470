import { useEffect, useId, useRef } from 'react';
import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Typography,
} from '@mui/material';
import { useSendTestEvent } from '../../../api/destinations';
import { describeDelivery, formatTime } from './format';

const mono = {
  fontFamily: 'monospace',
  fontSize: 13,
  whiteSpace: 'pre-wrap',
  wordBreak: 'break-all',
} as const;

/** Sends one batch to a destination and shows exactly what was sent and what came back. */
export function TestEventDialog({ id, name, onClose }: { id: string; name: string; onClose: () => void }) {
  const titleId = useId();
  const send = useSendTestEvent();
  const { mutate } = send;
  // one send per opening, also when StrictMode runs effects twice in development
  const sentFor = useRef<string | null>(null);
  useEffect(() => {
    if (sentFor.current === id) return;
    sentFor.current = id;
    mutate(id);
  }, [id, mutate]);
  const result = send.data;
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>Test event to {name}</DialogTitle>
      <DialogContent>
        {send.isPending && <LinearProgress aria-label="Sending the test event" />}
        {send.isError && <Alert severity="error">{send.error.message}</Alert>}
        {result && (
          <Box>
            <Alert
              severity={result.delivery.status === 'success' ? 'success' : 'error'}
              role="status"
              sx={{ mb: 2 }}
            >
              {describeDelivery(result.delivery)} — {result.delivery.message} (at{' '}
              {formatTime(result.delivery.at)})
            </Alert>
            <Typography variant="subtitle2" component="h3">
              Request
            </Typography>
            <Box component="pre" sx={{ ...mono, bgcolor: 'action.hover', p: 1.5, borderRadius: 1 }}>
              {`${result.request.method} ${result.request.url}\n${Object.entries(result.request.headers)
                .map(([k, v]) => `${k}: ${v}`)
                .join('\n')}\n\n${JSON.stringify(result.request.body, null, 2)}`}
            </Box>
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => mutate(id)} disabled={send.isPending}>
          Send again
        </Button>
        <Button onClick={onClose} variant="contained">
          Close
        </Button>
      </DialogActions>
    </Dialog>
  );
}
