import { useState } from 'react';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Snackbar,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { errorMessage } from '../../../api/errors';
import { meQuery } from '../../../api/me';
import { MANAGE_AUDIT_SETTINGS } from '../../../api/permissions';
import type { SessionSummary } from '../../../api/schemas/sessions';
import { useEndSession, useSessions } from '../../../api/sessions';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useSingleFlight } from '../../../lib/useSingleFlight';
import { visuallyHidden } from '../../../lib/visuallyHidden';
import { useSignInServer } from '../../session/useSignInServer';
import { ScrollTable } from '../ingestion/ScrollTable';
import { useCanManageSettings } from '../useCanManageSettings';
import { SessionRow } from './SessionRow';

const COLUMNS = ['User', 'Role', 'Signed in', 'Last seen', 'Expires', 'Handle'];

/** Settings → Sessions: who is signed in, and End session. Owners, on a server with sign-in. */
export function SessionsPage() {
  usePageTitle('Sessions');
  const me = useQuery(meQuery);
  const signInServer = useSignInServer();
  const canManage = useCanManageSettings();
  const list = useSessions(signInServer && canManage);
  const endSession = useEndSession();
  const once = useSingleFlight();
  const [ending, setEnding] = useState<SessionSummary | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const confirmEnd = () => {
    const target = ending;
    if (!target) return;
    void once(async () => {
      try {
        await endSession.mutateAsync(target.handle);
        // signed out: the console's home then asks to sign in again
        if (target.current) return window.location.assign('/');
        setMessage(`Ended the session of ${target.email || target.name}: they must sign in again.`);
      } catch (error) {
        setMessage(`Not ended. ${errorMessage(error)}`);
      }
      setEnding(null);
    });
  };

  return (
    <Box component="section" sx={{ p: 2, minWidth: 0 }}>
      <Typography variant="h5" component="h1">
        Sessions
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        Who is signed in to this console. Ending a session signs its user out at their next request.
      </Typography>
      {me.isPending ? (
        <Typography role="status">Loading…</Typography>
      ) : !signInServer ? (
        <Alert severity="info">
          <AlertTitle>No sign-in here</AlertTitle>
          This console has no sign-in (the demo, or a server in demo mode), so there are no sessions to show.
        </Alert>
      ) : !canManage ? (
        <Alert severity="info">
          <AlertTitle>Only owners see sessions</AlertTitle>
          Sessions need the “{MANAGE_AUDIT_SETTINGS}” permission.
        </Alert>
      ) : list.isPending ? (
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
      ) : (
        <ScrollTable label="Sessions">
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
            {list.data.items.map((s) => (
              <SessionRow key={s.handle} session={s} onEnd={() => setEnding(s)} />
            ))}
          </TableBody>
        </ScrollTable>
      )}
      <ConfirmDialog
        open={ending !== null}
        title={ending?.current ? 'End your own session?' : `End the session of ${ending?.name ?? ''}?`}
        confirmLabel="End session"
        destructive
        busy={endSession.isPending}
        onConfirm={confirmEnd}
        onCancel={() => setEnding(null)}
      >
        <Typography>
          {ending?.current
            ? 'This is the session you are using: ending it signs you out here.'
            : `${ending?.email || ending?.name || 'They'} will be asked to sign in again at their next request. Their other sessions go on.`}
        </Typography>
      </ConfirmDialog>
      <Snackbar
        open={message !== null}
        autoHideDuration={6000}
        onClose={() => setMessage(null)}
        message={message}
      />
    </Box>
  );
}
