import { useState } from 'react';
import { Alert, Box, Button, Typography } from '@mui/material';
import { apiMode } from '../../api/config';
import { resetDemoData } from '../../api/demo';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useCanManageSettings } from './useCanManageSettings';

/**
 * Mock builds only: every change made in the demo (destinations, retention, saved searches
 * and the records they appended) back to the generated data. The page reloads, so every
 * screen starts from the reset state rather than from cached answers.
 */
export function ResetDemoData() {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const canManage = useCanManageSettings();
  if (apiMode !== 'mock' || !canManage) return null;
  const reset = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await resetDemoData();
      window.location.reload();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
      setAsking(false);
    }
  };
  return (
    <Box
      component="section"
      aria-labelledby="demo-data"
      sx={{ mt: 4, pt: 2, borderTop: 1, borderColor: 'divider' }}
    >
      <Typography id="demo-data" variant="h6" component="h2">
        Demo data
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        This console runs on generated demo data; your changes are kept in this browser.
      </Typography>
      <Button color="error" variant="outlined" onClick={() => setAsking(true)}>
        Reset demo data
      </Button>
      {error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {error}
        </Alert>
      )}
      <ConfirmDialog
        open={asking}
        title="Reset demo data?"
        confirmLabel="Reset demo data"
        destructive
        busy={busy}
        onConfirm={() => void reset()}
        onCancel={() => setAsking(false)}
      >
        <Typography>
          Destinations, retention periods and saved searches go back to their defaults, and records added by
          your actions (exports, changes) are removed.
        </Typography>
      </ConfirmDialog>
    </Box>
  );
}
