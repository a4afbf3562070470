import { Box, Button, Chip, TableCell, TableRow, Typography } from '@mui/material';
import type { SessionSummary } from '../../../api/schemas/sessions';
import { formatTime } from '../destinations/format';

const Time = ({ at }: { at: string }) => (
  <Typography variant="body2" sx={{ whiteSpace: 'nowrap' }}>
    {formatTime(at)}
  </Typography>
);

/** One session; the owner's own is marked, since ending it signs them out. */
export function SessionRow({ session: s, onEnd }: { session: SessionSummary; onEnd: () => void }) {
  return (
    <TableRow hover>
      <TableCell sx={{ minWidth: 180 }}>
        <Typography variant="body2" sx={{ fontWeight: 500 }}>
          {s.name}
          {s.current && <Chip size="small" variant="outlined" label="You, here" sx={{ ml: 1 }} />}
        </Typography>
        <Typography variant="caption" color="text.secondary" sx={{ wordBreak: 'break-all' }}>
          {s.email || s.userId}
        </Typography>
      </TableCell>
      <TableCell>{s.role}</TableCell>
      <TableCell>
        <Time at={s.createdAt} />
      </TableCell>
      <TableCell>
        <Time at={s.lastSeenAt} />
      </TableCell>
      <TableCell>
        <Time at={s.expiresAt} />
      </TableCell>
      <TableCell>
        <Box component="code" sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
          {s.handle}
        </Box>
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>
        <Button
          size="small"
          color="error"
          onClick={onEnd}
          aria-label={s.current ? 'End your own session' : `End the session of ${s.email || s.name}`}
        >
          End session
        </Button>
      </TableCell>
    </TableRow>
  );
}
