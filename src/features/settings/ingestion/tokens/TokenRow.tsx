import { Box, Button, Chip, Stack, TableCell, TableRow, Typography } from '@mui/material';
import type { IngestToken } from '../../../../api/schemas/ingest';
import { formatTime, recordTypeList } from '../../destinations/format';
import { tokenStatus, type TokenStatus } from './tokenStatus';

const STATUS_COLOR: Record<TokenStatus, 'success' | 'default' | 'error'> = {
  Active: 'success',
  Expired: 'default',
  Revoked: 'error',
};

function When({ at, never = 'Never' }: { at: string | null; never?: string }) {
  return <Typography variant="body2">{at === null ? never : formatTime(at)}</Typography>;
}

interface Props {
  token: IngestToken;
  now: number;
  onRevoke: () => void;
}

/** One token; the server environment's is labelled as such and revoked only by changing the environment. */
export function TokenRow({ token: t, now, onRevoke }: Props) {
  const status = tokenStatus(t, now);
  const fromEnvironment = t.source === 'environment';
  return (
    <TableRow hover>
      <TableCell sx={{ minWidth: 160 }}>
        <Stack sx={{ gap: 0.5, alignItems: 'flex-start' }}>
          <Typography variant="body2" sx={{ fontWeight: 500 }}>
            {t.name}
          </Typography>
          {fromEnvironment && <Chip size="small" variant="outlined" label="Server environment" />}
        </Stack>
      </TableCell>
      <TableCell sx={{ minWidth: 120 }}>{recordTypeList(t.streams)}</TableCell>
      <TableCell>
        <Typography variant="body2">{t.createdBy}</Typography>
        <Typography variant="caption" color="text.secondary">
          {formatTime(t.createdAt)}
        </Typography>
      </TableCell>
      <TableCell>
        <When at={t.expiresAt} />
      </TableCell>
      <TableCell>
        <When at={t.lastUsedAt} />
      </TableCell>
      <TableCell>
        <Chip size="small" color={STATUS_COLOR[status]} variant="outlined" label={status} />
        {t.revokedAt !== null && (
          <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.5 }}>
            {formatTime(t.revokedAt)}
            {t.revokedBy ? ` by ${t.revokedBy}` : ''}
          </Typography>
        )}
      </TableCell>
      <TableCell>
        <Box component="code" sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
          …{t.hint}
        </Box>
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        {fromEnvironment ? (
          <Typography variant="caption" color="text.secondary">
            Set by INGEST_TOKEN
          </Typography>
        ) : (
          status !== 'Revoked' && (
            <Button size="small" color="error" onClick={onRevoke} aria-label={`Revoke ${t.name}`}>
              Revoke
            </Button>
          )
        )}
      </TableCell>
    </TableRow>
  );
}
