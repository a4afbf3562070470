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
import AddIcon from '@mui/icons-material/Add';
import { errorMessage } from '../../../../api/errors';
import { useIngestTokens, useRevokeIngestToken } from '../../../../api/ingestTokens';
import type { CreatedIngestToken, IngestToken } from '../../../../api/schemas/ingest';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { useSingleFlight } from '../../../../lib/useSingleFlight';
import { visuallyHidden } from '../../../../lib/visuallyHidden';
import { ScrollTable } from '../ScrollTable';
import { CreateTokenDialog } from './CreateTokenDialog';
import { TokenRow } from './TokenRow';
import { TokenSecretDialog } from './TokenSecretDialog';

const COLUMNS = ['Name', 'Record types', 'Created', 'Expires', 'Last used', 'Status', 'Token'];

/** Who may send records: the list, Create token (its secret shown once) and Revoke. */
export function TokensSection({ onMessage }: { onMessage: (message: string) => void }) {
  const headingId = useId();
  const list = useIngestTokens(true);
  const revoke = useRevokeIngestToken();
  const once = useSingleFlight();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedIngestToken | null>(null);
  const [revoking, setRevoking] = useState<IngestToken | null>(null);

  const confirmRevoke = () => {
    const target = revoking;
    if (!target) return;
    void once(async () => {
      try {
        await revoke.mutateAsync(target.id);
        onMessage(`Revoked "${target.name}": senders using it are refused from now on.`);
      } catch (error) {
        onMessage(`Not revoked. ${errorMessage(error)}`);
      }
      setRevoking(null);
    });
  };

  return (
    <Box component="section" aria-labelledby={headingId} sx={{ mt: 3 }}>
      <Stack direction="row" sx={{ alignItems: 'flex-start', gap: 2, mb: 1.5, flexWrap: 'wrap' }}>
        <Box sx={{ flex: '1 1 240px' }}>
          <Typography variant="h6" component="h2" id={headingId}>
            Ingest tokens
          </Typography>
          <Typography variant="body2" color="text.secondary">
            A sender presents one as <code>Authorization: Bearer …</code>. Each is shown once, when it is
            created; the console keeps only a hash.
          </Typography>
        </Box>
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
          Create token
        </Button>
      </Stack>
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
        <Alert severity="info">No ingest tokens yet: nothing can send records until one is created.</Alert>
      ) : (
        <ScrollTable label="Ingest tokens">
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
            {list.data.items.map((t) => (
              <TokenRow key={t.id} token={t} now={list.dataUpdatedAt} onRevoke={() => setRevoking(t)} />
            ))}
          </TableBody>
        </ScrollTable>
      )}
      {creating && (
        <CreateTokenDialog
          onCancel={() => setCreating(false)}
          onCreated={(made) => {
            setCreating(false);
            setCreated(made);
          }}
        />
      )}
      {created && (
        <TokenSecretDialog
          created={created}
          onClose={() => {
            onMessage(`Created "${created.token.name}" (…${created.token.hint}).`);
            setCreated(null);
          }}
        />
      )}
      <ConfirmDialog
        open={revoking !== null}
        title={`Revoke "${revoking?.name ?? ''}"?`}
        confirmLabel="Revoke"
        destructive
        busy={revoke.isPending}
        onConfirm={confirmRevoke}
        onCancel={() => setRevoking(null)}
      >
        <Typography>
          Senders using this token (…{revoking?.hint}) will be refused from now on. It stays in the list as
          revoked. This can't be undone.
        </Typography>
      </ConfirmDialog>
    </Box>
  );
}
