import { useId, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Stack,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { errorMessage } from '../../../../api/errors';
import { formatCount } from '../../../../api/formatCount';
import { useDiscardQuarantined, useQuarantine, useRetryQuarantined } from '../../../../api/quarantine';
import type { QuarantinedEvent } from '../../../../api/schemas/ingest';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { visuallyHidden } from '../../../../lib/visuallyHidden';
import { ScrollTable } from '../ScrollTable';
import { describeRetry, eventName } from './describe';
import { QuarantineRow } from './QuarantineRow';
import { RawEventDialog } from './RawEventDialog';

/** The newest events are the ones a fix of the mapping is tried on; older ones wait their turn. */
const LIMIT = 100;
const COLUMNS = ['Received', 'Reason', 'Stream guess', 'unique_id', 'Token'];

const events = (n: number) => `${formatCount(n)} event${n === 1 ? '' : 's'}`;

/** Events that fit no stream: how many and why, each one's raw body, Retry and Discard. */
export function QuarantineSection({ onMessage }: { onMessage: (message: string) => void }) {
  const headingId = useId();
  const list = useQuarantine(LIMIT, true);
  const retry = useRetryQuarantined();
  const discard = useDiscardQuarantined();
  const [viewing, setViewing] = useState<QuarantinedEvent | null>(null);
  const [discarding, setDiscarding] = useState<QuarantinedEvent | null>(null);
  const busy = retry.isPending || discard.isPending;

  const retryEvent = async (event: QuarantinedEvent) => {
    try {
      const result = await retry.mutateAsync(event.id);
      onMessage(describeRetry(result));
      if (result.outcome !== 'rejected') setViewing(null);
    } catch (error) {
      onMessage(`Not retried. ${errorMessage(error)}`);
    }
  };

  const confirmDiscard = async () => {
    const target = discarding;
    if (!target) return;
    try {
      await discard.mutateAsync(target.id);
      onMessage(`Discarded event ${eventName(target)}.`);
      setViewing(null);
    } catch (error) {
      onMessage(`Not discarded. ${errorMessage(error)}`);
    }
    setDiscarding(null);
  };

  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 4 }}>
      <Typography variant="h6" component="h2" id={headingId}>
        Quarantine
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        Events that fit no stream are kept here with the reason, never dropped: retry them after a fix of the
        mapping, or discard them.
      </Typography>
      {list.isPending ? (
        <Typography role="status">Loading…</Typography>
      ) : list.isError ? (
        <Alert
          severity="error"
          action={
            <Button color="inherit" onClick={() => void list.refetch()}>
              Retry
            </Button>
          }
        >
          {list.error.message}
        </Alert>
      ) : list.data.total === 0 ? (
        <Alert severity="success">Nothing in quarantine: every event received so far fitted a stream.</Alert>
      ) : (
        <>
          <Stack sx={{ mb: 1.5, gap: 0.5 }}>
            <Typography>
              <strong>{events(list.data.total)}</strong> in quarantine
              {list.data.total > list.data.items.length &&
                `; the newest ${formatCount(list.data.items.length)} below`}
            </Typography>
            <Box component="ul" aria-label="Reasons" sx={{ m: 0, pl: 2.5 }}>
              {list.data.reasons.map((r) => (
                <Typography component="li" variant="body2" key={r.reason}>
                  {events(r.count)}: {r.reason}
                </Typography>
              ))}
            </Box>
          </Stack>
          <ScrollTable label="Quarantined events">
            <TableHead>
              <TableRow>
                {COLUMNS.map((c) => (
                  <TableCell key={c}>{c}</TableCell>
                ))}
                <TableCell>
                  <Box component="span" sx={visuallyHidden}>
                    Actions
                  </Box>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {list.data.items.map((e) => (
                <QuarantineRow
                  key={e.id}
                  event={e}
                  busy={busy}
                  onView={() => setViewing(e)}
                  onRetry={() => void retryEvent(e)}
                  onDiscard={() => setDiscarding(e)}
                />
              ))}
            </TableBody>
          </ScrollTable>
        </>
      )}
      {viewing && (
        <RawEventDialog
          event={viewing}
          busy={busy}
          onRetry={() => void retryEvent(viewing)}
          onDiscard={() => setDiscarding(viewing)}
          onClose={() => setViewing(null)}
        />
      )}
      <ConfirmDialog
        open={discarding !== null}
        title="Discard this event?"
        confirmLabel="Discard"
        destructive
        busy={discard.isPending}
        onConfirm={() => void confirmDiscard()}
        onCancel={() => setDiscarding(null)}
      >
        <Typography>
          Event {discarding && eventName(discarding)} is deleted from the quarantine without being stored in
          any stream. The discard is recorded in the Activity stream. This can't be undone.
        </Typography>
      </ConfirmDialog>
    </Box>
  );
}
