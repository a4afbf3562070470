import { useState } from 'react';
import { Alert, AlertTitle, Box, Snackbar, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { meQuery } from '../../../api/me';
import { MANAGE_AUDIT_SETTINGS } from '../../../api/permissions';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useCanManageSettings } from '../useCanManageSettings';
import { QuarantineSection } from './quarantine/QuarantineSection';
import { TokensSection } from './tokens/TokensSection';

/** Settings → Ingestion: who may send records (tokens) and what could not be stored (quarantine). Owners only. */
export function IngestionPage() {
  usePageTitle('Ingestion');
  const me = useQuery(meQuery);
  const canManage = useCanManageSettings();
  const [message, setMessage] = useState<string | null>(null);

  return (
    <Box component="section" sx={{ p: 2, minWidth: 0 }}>
      <Typography variant="h5" component="h1">
        Ingestion
      </Typography>
      <Typography variant="body2" color="text.secondary">
        Audit destinations and other senders post batches of records to <code>POST /api/v1/ingest</code>, each
        with an ingest token.
      </Typography>
      {me.isPending ? (
        <Typography role="status" sx={{ mt: 2 }}>
          Loading…
        </Typography>
      ) : !canManage ? (
        // the API refuses the tokens and the quarantine to anyone else: nothing is asked for
        <Alert severity="info" sx={{ mt: 2 }}>
          <AlertTitle>Only owners manage ingestion</AlertTitle>
          Ingest tokens and quarantined events need the “{MANAGE_AUDIT_SETTINGS}” permission. Ask an owner
          {me.data ? ` of ${me.data.org.name}` : ''} if you need a token for a sender.
        </Alert>
      ) : (
        <>
          <TokensSection onMessage={setMessage} />
          <QuarantineSection onMessage={setMessage} />
        </>
      )}
      <Snackbar
        open={message !== null}
        autoHideDuration={6000}
        onClose={() => setMessage(null)}
        message={message}
      />
    </Box>
  );
}
