import { useId, useState } from 'react';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { ingestUrl } from '../../../../api/ingestTokens';
import type { CreatedIngestToken } from '../../../../api/schemas/ingest';
import { copyText } from '../../../../lib/clipboard';
import { curlExample } from './curl';

interface Props {
  created: CreatedIngestToken;
  onClose: () => void;
}

/**
 * The secret, this once: the server keeps only its hash. Closing forgets it, so a click beside
 * the dialog does not close it; Done (or Escape) does.
 */
export function TokenSecretDialog({ created, onClose }: Props) {
  const titleId = useId();
  const [copied, setCopied] = useState<string | null>(null);
  const { token, secret } = created;
  const curl = curlExample(ingestUrl(window.location.origin), secret);

  const copy = async (text: string, what: string) =>
    setCopied(
      (await copyText(text))
        ? `${what} copied to the clipboard.`
        : `Could not copy: select the ${what.toLowerCase()} and copy it yourself.`,
    );

  return (
    <Dialog
      open
      onClose={(_, reason) => reason !== 'backdropClick' && onClose()}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="md"
    >
      <DialogTitle id={titleId}>Token “{token.name}” created</DialogTitle>
      <DialogContent>
        <Stack sx={{ gap: 2 }}>
          <Alert severity="warning">
            <AlertTitle>Copy the secret now: it won't be shown again</AlertTitle>
            The console keeps only a hash of it. If it is lost, revoke this token and create another.
          </Alert>
          <Stack direction={{ xs: 'column', sm: 'row' }} sx={{ gap: 1, alignItems: { sm: 'flex-start' } }}>
            <TextField
              label="Secret"
              value={secret}
              fullWidth
              onFocus={(e) => e.target.select()}
              slotProps={{
                htmlInput: { readOnly: true, spellCheck: false, sx: { fontFamily: 'monospace' } },
              }}
            />
            <Button
              variant="contained"
              startIcon={<ContentCopyIcon />}
              onClick={() => void copy(secret, 'Secret')}
              sx={{ flexShrink: 0, mt: { sm: 1 } }}
            >
              Copy secret
            </Button>
          </Stack>
          <Box>
            <Typography variant="subtitle2" component="h3" gutterBottom>
              Send a batch with it
            </Typography>
            <Box
              component="pre"
              // a command is copied whole: it scrolls rather than wraps, so no line break looks like part of it
              tabIndex={0}
              role="region"
              aria-label="curl command"
              sx={{
                m: 0,
                p: 1.5,
                borderRadius: 1,
                bgcolor: 'action.hover',
                fontFamily: 'monospace',
                fontSize: '0.8125rem',
                whiteSpace: 'pre',
                overflowX: 'auto',
              }}
            >
              {curl}
            </Box>
            <Button
              size="small"
              startIcon={<ContentCopyIcon />}
              onClick={() => void copy(curl, 'Command')}
              sx={{ mt: 1 }}
            >
              Copy curl command
            </Button>
            <Typography variant="body2" color="text.secondary">
              batch.json holds the events, e.g. {'{"events":[{"create_time", "event", "unique_id"}]}'}.
            </Typography>
          </Box>
          <Typography role="status" variant="body2" sx={{ minHeight: '1.5em' }}>
            {copied}
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button variant="contained" onClick={onClose}>
          Done
        </Button>
      </DialogActions>
    </Dialog>
  );
}
