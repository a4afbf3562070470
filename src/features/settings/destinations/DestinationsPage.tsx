import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Snackbar,
  Stack,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { Link as RouterLink, useLocation } from 'react-router';
import { useDeleteDestination, useDestinations } from '../../../api/destinations';
import type { Destination } from '../../../api/schemas/destinations';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useVersionedWrite } from '../../../lib/useVersionedWrite';
import { ScrollTable } from '../ingestion/ScrollTable';
import { visuallyHidden } from '../../../lib/visuallyHidden';
import { useCanManageSettings } from '../useCanManageSettings';
import { DestinationRow } from './DestinationRow';
import { explainListWrite } from './explainListWrite';
import { TestEventDialog } from './TestEventDialog';

export function DestinationsPage() {
  usePageTitle('Audit destinations');
  const canManage = useCanManageSettings();
  const list = useDestinations();
  const remove = useDeleteDestination();
  const location = useLocation();
  const [deleting, setDeleting] = useState<Destination | null>(null);
  const [testing, setTesting] = useState<Destination | null>(null);
  // a save hands its notice over in the navigation's state
  const [message, setMessage] = useState<string | null>(
    (location.state as { notice?: string } | null)?.notice ?? null,
  );

  const removing = useVersionedWrite<Destination, void, null>({
    write: (target) => remove.mutateAsync(target),
    onSaved: (_, target) => setMessage(`Deleted "${target.name}".`),
    onError: (error, target) => setMessage(explainListWrite(error, target.name)),
  });

  const confirmDelete = () => {
    const target = deleting;
    if (!target) return;
    void removing.run(async (send) => {
      await send(target);
      setDeleting(null);
    });
  };

  return (
    <Box component="section" sx={{ p: 2 }}>
      <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <Box sx={{ flex: 1, minWidth: 'min(200px, 100%)' }}>
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
        <ScrollTable label="Audit destinations">
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
              <DestinationRow
                key={d.id}
                destination={d}
                canManage={canManage}
                onMessage={setMessage}
                onTest={() => setTesting(d)}
                onDelete={() => setDeleting(d)}
              />
            ))}
          </TableBody>
        </ScrollTable>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete "${deleting?.name ?? ''}"?`}
        confirmLabel="Delete"
        destructive
        busy={removing.saving}
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
