import { useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControl,
  FormControlLabel,
  FormHelperText,
  FormLabel,
  LinearProgress,
  Radio,
  RadioGroup,
  Stack,
  Typography,
} from '@mui/material';
import type { TimeZoneChoice } from '../../lib/preferences';
import { recordCountQuery } from '../../api/records';
import { exportFormats, localTimeColumn, type ExportFormat } from '../../api/schemas/export';
import type { StreamDefinition } from '../search/definition';
import { toRecordsParams, type SearchState } from '../search/searchState';
import { exportFileName } from './fileName';
import { useExport, type ExportStatus } from './useExport';
import { formatCount } from '../../api/formatCount';

export interface ExportProps {
  definition: StreamDefinition;
  search: SearchState;
  /** the grid's visible columns, in display order */
  visibleColumns: readonly string[];
  zone: TimeZoneChoice;
  /** the grid's total for the same search; null: counted here */
  total: number | null;
}

const FORMAT_LABELS: Record<ExportFormat, string> = { csv: 'CSV', json: 'JSON', ndjson: 'NDJSON' };
const FORMAT_HELP: Record<ExportFormat, string> = {
  csv: "A header row of field names, then one row per record. Text starting with = + - @ is prefixed with ' so spreadsheets never run it as a formula.",
  json: 'One array of records; nested values stay as JSON.',
  ndjson: 'One JSON record per line, for scripts and log tools.',
};

const records = (value: number) => `${formatCount(value)} record${value === 1 ? '' : 's'}`;

/** The count before starting: the grid's, or one asked of the API for the same search. */
function useRecordCount(props: ExportProps) {
  const { definition, search, total } = props;
  const [now] = useState(() => Date.now());
  const counted = useQuery({
    ...recordCountQuery(definition.stream, toRecordsParams(search, now)),
    enabled: total === null,
  });
  if (total !== null) return { count: total, error: null };
  return { count: counted.data ?? null, error: counted.error?.message ?? null };
}

function Progress({ status }: { status: Extract<ExportStatus, { kind: 'running' }> }) {
  const { written, total } = status;
  const value = total === null ? undefined : total === 0 ? 100 : (written / total) * 100;
  return (
    <Box>
      <LinearProgress
        aria-label="Export progress"
        variant={value === undefined ? 'indeterminate' : 'determinate'}
        value={value}
      />
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {total === null
          ? 'Starting the export…'
          : `${formatCount(written)} of ${formatCount(total)} records written`}
      </Typography>
    </Box>
  );
}

/** Mounted while open, so each opening starts afresh; unmounting stops a running export. */
export function ExportDialog(props: ExportProps & { onClose: () => void }) {
  const { definition, search, visibleColumns, zone, onClose } = props;
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [scope, setScope] = useState<'visible' | 'all'>(visibleColumns.length > 0 ? 'visible' : 'all');
  const [bom, setBom] = useState(false);
  const { count, error: countError } = useRecordCount(props);
  const { status, start, cancel } = useExport();
  const running = status.kind === 'running';
  const timeZone = zone === 'local' ? Intl.DateTimeFormat().resolvedOptions().timeZone : undefined;

  const run = () => {
    const now = Date.now();
    const { q, from, to, sort } = toRecordsParams(search, now);
    void start(
      {
        stream: definition.stream,
        format,
        columns: scope === 'visible' ? visibleColumns : undefined,
        q,
        from,
        to,
        sort,
        tz: timeZone,
        bom: format === 'csv' && bom,
      },
      exportFileName(definition.stream, { from, to }, now, format),
    );
  };

  return (
    <Dialog
      open
      onClose={running ? undefined : onClose}
      aria-labelledby={`${id}-title`}
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id={`${id}-title`}>Export {definition.title.toLowerCase()} records</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography>
            {count !== null
              ? `${records(count)} will be written: every record matching the query and time range, across all pages.`
              : countError
                ? `The records could not be counted: ${countError}`
                : 'Counting records…'}
          </Typography>

          <FormControl disabled={running}>
            <FormLabel id={`${id}-format`}>Format</FormLabel>
            <RadioGroup
              row
              aria-labelledby={`${id}-format`}
              aria-describedby={`${id}-format-help`}
              value={format}
              onChange={(e) => setFormat(e.target.value as ExportFormat)}
            >
              {exportFormats.map((f) => (
                <FormControlLabel key={f} value={f} control={<Radio />} label={FORMAT_LABELS[f]} />
              ))}
            </RadioGroup>
            <FormHelperText id={`${id}-format-help`} sx={{ mx: 0 }}>
              {FORMAT_HELP[format]}
            </FormHelperText>
          </FormControl>

          <FormControl disabled={running}>
            <FormLabel id={`${id}-columns`}>Columns</FormLabel>
            <RadioGroup
              row
              aria-labelledby={`${id}-columns`}
              value={scope}
              onChange={(e) => setScope(e.target.value === 'all' ? 'all' : 'visible')}
            >
              <FormControlLabel
                value="visible"
                disabled={visibleColumns.length === 0}
                control={<Radio />}
                label={`Visible columns (${visibleColumns.length})`}
              />
              <FormControlLabel value="all" control={<Radio />} label="All fields" />
            </RadioGroup>
          </FormControl>

          {format === 'csv' && (
            <FormControlLabel
              disabled={running}
              control={<Checkbox checked={bom} onChange={(e) => setBom(e.target.checked)} />}
              label="Add a byte-order mark (for Excel)"
            />
          )}

          <Typography variant="body2" color="text.secondary">
            Times are written in UTC (ISO 8601)
            {timeZone
              ? `, with an extra ${localTimeColumn(definition.contract)} column in your time zone (${timeZone}).`
              : '.'}
          </Typography>

          {status.kind === 'running' && <Progress status={status} />}
          {status.kind === 'failed' && (
            <Alert
              severity="error"
              action={
                <Button color="inherit" onClick={run}>
                  Retry
                </Button>
              }
            >
              <AlertTitle>Export failed</AlertTitle>
              {status.message}
            </Alert>
          )}
          {status.kind === 'cancelled' && (
            <Alert severity="info" role="status">
              Export cancelled. No file was saved.
            </Alert>
          )}
          {status.kind === 'done' && (
            <Alert severity="success" role="status">
              {records(status.records)} saved to {status.fileName}.
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        {running ? (
          <Button onClick={cancel}>Cancel</Button>
        ) : (
          <>
            <Button onClick={onClose}>Close</Button>
            {/* the choices start on their usual values: Enter exports (issue 16's keyboard path) */}
            {/* eslint-disable-next-line jsx-a11y/no-autofocus -- a dialog focuses its likely action */}
            <Button variant="contained" onClick={run} autoFocus>
              Start export
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
