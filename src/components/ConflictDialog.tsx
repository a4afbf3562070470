import { useId } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';

export interface ConflictRow {
  label: string;
  mine: string;
  theirs: string;
}

interface Props {
  open: boolean;
  /** what was being saved, e.g. `audit destination "Splunk"` */
  subject: string;
  rows: readonly ConflictRow[];
  /** a save with the new version is running */
  busy?: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onCancel: () => void;
}

/**
 * Someone else saved first (412): the user's draft beside the version now stored, and the
 * choice of which one wins. Nothing is lost silently either way.
 */
export function ConflictDialog(props: Props) {
  const titleId = useId();
  const differing = props.rows.filter((r) => r.mine !== r.theirs);
  return (
    <Dialog
      open={props.open}
      onClose={props.busy ? undefined : props.onCancel}
      aria-labelledby={titleId}
      maxWidth="md"
      fullWidth
    >
      <DialogTitle id={titleId}>Someone else changed this</DialogTitle>
      <DialogContent>
        <Typography sx={{ mb: 2 }}>
          While you were editing, someone else saved a new version of {props.subject}. Choose which version to
          keep.
        </Typography>
        {differing.length === 0 ? (
          <Alert severity="info">Their version is the same as your draft.</Alert>
        ) : (
          <Table size="small" aria-label="Your draft and the current version">
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">
                  Field
                </TableCell>
                <TableCell component="th" scope="col">
                  Your draft
                </TableCell>
                <TableCell component="th" scope="col">
                  Current version
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {props.rows.map((row) => {
                const changed = row.mine !== row.theirs;
                return (
                  <TableRow key={row.label} sx={changed ? { bgcolor: 'action.hover' } : undefined}>
                    <TableCell component="th" scope="row">
                      {row.label}
                      {changed && (
                        <Typography component="span" variant="caption" color="warning.main" sx={{ ml: 1 }}>
                          differs
                        </Typography>
                      )}
                    </TableCell>
                    <TableCell sx={{ wordBreak: 'break-word' }}>{row.mine}</TableCell>
                    <TableCell sx={{ wordBreak: 'break-word' }}>{row.theirs}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onCancel} disabled={props.busy}>
          Cancel
        </Button>
        <Button onClick={props.onTakeTheirs} disabled={props.busy}>
          Take theirs
        </Button>
        <Button variant="contained" onClick={props.onKeepMine} disabled={props.busy}>
          Keep mine
        </Button>
      </DialogActions>
    </Dialog>
  );
}
