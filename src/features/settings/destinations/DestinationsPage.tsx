import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  IconButton,
  Link,
  Snackbar,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import SendIcon from '@mui/icons-material/Send';
import { Link as RouterLink, useLocation } from 'react-router';
import { useDeleteDestination, useDestinations, useToggleDestination } from '../../../api/destinations';
import { ApiError } from '../../../api/errors';
import type { Destination } from '../../../api/schemas/destinations';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCanManageSettings } from '../useCanManageSettings';
import { describeDelivery, formatTime, recordTypeList } from './format';
import { TestEventDialog } from './TestEventDialog';
import { visuallyHidden } from '../../../lib/visuallyHidden';

/** A write refused because the row was stale: the list reloads, and the user is told why. */
function explain(error: unknown, name: string): string {
  if (error instanceof ApiError && error.status === 412)
    return `"${name}" was changed by someone else; the list now shows the latest version. Try again if still needed.`;
  return error instanceof Error ? error.message : String(error);
}

function LastDelivery({ destination }: { destination: Destination }) {
  const d = destination.lastDelivery;
  if (!d) return <Typography variant="body2">Never</Typography>;
  return (
    <Stack sx={{ gap: 0.5, alignItems: 'flex-start' }}>
      <Chip
        size="small"
        color={d.status === 'success' ? 'success' : 'error'}
        variant="outlined"
        label={describeDelivery(d)}
      />
      <Typography variant="caption" color="text.secondary">
        {formatTime(d.at)}
      </Typography>
    </Stack>
  );
}

export function DestinationsPage() {
  usePageTitle('Audit destinations');
  const canManage = useCanManageSettings();
  const list = useDestinations();
  const toggle = useToggleDestination();
  const remove = useDeleteDestination();
  const location = useLocation();
  const [deleting, setDeleting] = useState<Destination | null>(null);
  const [testing, setTesting] = useState<Destination | null>(null);
  // a save hands its notice over in the navigation's state
  const [message, setMessage] = useState<string | null>(
    (location.state as { notice?: string } | null)?.notice ?? null,
  );

  const confirmDelete = () => {
    if (!deleting || remove.isPending) return;
    const target = deleting;
    remove.mutate(target, {
      onSuccess: () => setMessage(`Deleted "${target.name}".`),
      onError: (error) => setMessage(explain(error, target.name)),
      onSettled: () => setDeleting(null),
    });
  };

  return (
    <Box component="section" sx={{ p: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 2, mb: 2 }}>
        <Box sx={{ flex: 1 }}>
          <Typography variant="h5" component="h1">
            Audit destinations
          </Typography>
          <Typography variant="body2" color="text.secondary">
            Besides the cloud, audit records can go to a webhook (an external SIEM or log collector) or, for
            Agent Connector records, a file.
          </Typography>
        </Box>
        {canManage && (
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            component={RouterLink}
            to="/settings/destinations/new"
          >
            Add destination
          </Button>
        )}
      </Stack>
      {!canManage && list.isSuccess && (
        <Alert severity="info" sx={{ mb: 2 }}>
          You can view audit destinations; only owners can change them.
        </Alert>
      )}
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
      ) : list.data.items.length === 0 ? (
        <Alert severity="info">No destinations yet: records are kept in the cloud only.</Alert>
      ) : (
        <TableContainer
          sx={{ border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}
        >
          <Table size="small" aria-label="Audit destinations">
            <TableHead>
              <TableRow>
                <TableCell>Name</TableCell>
                <TableCell>Type</TableCell>
                <TableCell>URL or file</TableCell>
                <TableCell>Record types</TableCell>
                <TableCell>Enabled</TableCell>
                <TableCell>Last delivery</TableCell>
                {canManage && (
                  <TableCell>
                    <Box component="span" sx={visuallyHidden}>
                      Actions
                    </Box>
                  </TableCell>
                )}
              </TableRow>
            </TableHead>
            <TableBody>
              {list.data.items.map((d) => (
                <TableRow key={d.id} hover>
                  <TableCell>
                    <Link component={RouterLink} to={`/settings/destinations/${encodeURIComponent(d.id)}`}>
                      {d.name}
                    </Link>
                  </TableCell>
                  <TableCell>{d.type === 'webhook' ? 'Webhook' : 'File'}</TableCell>
                  <TableCell sx={{ wordBreak: 'break-all', maxWidth: 320 }}>{d.url ?? d.path}</TableCell>
                  <TableCell>{recordTypeList(d.recordTypes)}</TableCell>
                  <TableCell>
                    <Switch
                      checked={d.enabled}
                      disabled={!canManage || (toggle.isPending && toggle.variables.id === d.id)}
                      onChange={() =>
                        toggle.mutate(d, {
                          onSuccess: (saved) =>
                            setMessage(`"${d.name}" ${saved.data.enabled ? 'enabled' : 'disabled'}.`),
                          onError: (error) => setMessage(explain(error, d.name)),
                        })
                      }
                      slotProps={{ input: { 'aria-label': `Enabled: ${d.name}` } }}
                    />
                  </TableCell>
                  <TableCell>
                    <LastDelivery destination={d} />
                  </TableCell>
                  {canManage && (
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      <Tooltip title="Send test event">
                        <IconButton aria-label={`Send test event to ${d.name}`} onClick={() => setTesting(d)}>
                          <SendIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                      <Tooltip title="Delete">
                        <IconButton aria-label={`Delete ${d.name}`} onClick={() => setDeleting(d)}>
                          <DeleteIcon fontSize="small" />
                        </IconButton>
                      </Tooltip>
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete "${deleting?.name ?? ''}"?`}
        confirmLabel="Delete"
        destructive
        busy={remove.isPending}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      >
        <Typography>
          Records will no longer be sent to {deleting?.url ?? deleting?.path}. This can't be undone.
        </Typography>
      </ConfirmDialog>
      {testing && <TestEventDialog id={testing.id} name={testing.name} onClose={() => setTesting(null)} />}
      <Snackbar
        open={message !== null}
        autoHideDuration={5000}
        onClose={() => setMessage(null)}
        message={message}
      />
    </Box>
  );
}
