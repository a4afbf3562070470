import {
  Chip,
  IconButton,
  Link,
  Stack,
  Switch,
  TableCell,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import SendIcon from '@mui/icons-material/Send';
import { Link as RouterLink } from 'react-router';
import type { Versioned } from '../../../api/client';
import { useToggleDestination } from '../../../api/destinations';
import type { Destination } from '../../../api/schemas/destinations';
import { useVersionedWrite } from '../../../lib/useVersionedWrite';
import { VisibleText } from '../../../components/VisibleText';
import { describeDelivery, formatTime, recordTypeList } from './format';
import { DestinationTarget } from './DestinationTarget';
import { explainListWrite } from './explainListWrite';

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

interface Props {
  destination: Destination;
  canManage: boolean;
  onMessage: (message: string) => void;
  onTest: () => void;
  onDelete: () => void;
}

/** One destination in the list; its switch writes over the version the list shows. */
export function DestinationRow({ destination: d, canManage, onMessage, onTest, onDelete }: Props) {
  const toggle = useToggleDestination();
  // each row has its own flight: a double click sends one toggle, other rows stay usable
  const toggling = useVersionedWrite<Destination, void, Versioned<Destination>>({
    write: (against) => toggle.mutateAsync(against),
    onSaved: (saved) => onMessage(`"${d.name}" ${saved.data.enabled ? 'enabled' : 'disabled'}.`),
    onError: (error) => onMessage(explainListWrite(error, d.name)),
  });
  return (
    <TableRow hover>
      <TableCell>
        <Link component={RouterLink} to={`/settings/destinations/${encodeURIComponent(d.id)}`}>
          <VisibleText text={d.name} />
        </Link>
      </TableCell>
      <TableCell>{d.type === 'webhook' ? 'Webhook' : 'File'}</TableCell>
      {/* wide enough to read on a phone, where the table scrolls inside its box */}
      <TableCell sx={{ wordBreak: 'break-all', minWidth: 200, maxWidth: 320 }}>
        <DestinationTarget destination={d} />
      </TableCell>
      <TableCell>{recordTypeList(d.recordTypes)}</TableCell>
      <TableCell>
        <Switch
          checked={d.enabled}
          disabled={!canManage || toggling.saving}
          onChange={() => void toggling.save(d)}
          slotProps={{ input: { 'aria-label': `Enabled: ${d.name}` } }}
        />
      </TableCell>
      <TableCell>
        <LastDelivery destination={d} />
      </TableCell>
      {canManage && (
        <TableCell sx={{ whiteSpace: 'nowrap' }}>
          <Tooltip title="Send test event">
            <IconButton aria-label={`Send test event to ${d.name}`} onClick={onTest}>
              <SendIcon fontSize="small" />
            </IconButton>
          </Tooltip>
          <Tooltip title="Delete">
            <IconButton aria-label={`Delete ${d.name}`} onClick={onDelete}>
              <DeleteIcon fontSize="small" />
            </IconButton>
          </Tooltip>
        </TableCell>
      )}
    </TableRow>
  );
}
