import { useMemo } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Paper,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { eventTypesQuery } from '../../api/eventTypes';
import { usePageTitle } from '../../lib/usePageTitle';
import { LoadingState } from '../../components/ResultStates';

/** The event reference: every event and action name the streams use, searchable. */
export function EventTypesPage() {
  usePageTitle('Event types');
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const catalogue = useQuery(eventTypesQuery);
  const rows = useMemo(() => {
    const needle = q.trim().toLowerCase();
    const items = catalogue.data?.items ?? [];
    if (!needle) return items;
    return items.filter((e) =>
      [e.name, e.description, e.category, e.source, e.code === null ? '' : String(e.code)].some((v) =>
        v.toLowerCase().includes(needle),
      ),
    );
  }, [catalogue.data, q]);

  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2, minHeight: 0, flex: 1 }}>
      <Box>
        <Typography variant="h5" component="h1">
          Event types
        </Typography>
        <Typography variant="body2" color="text.secondary">
          The event reference (codes by range), authentik's event actions, and the stages and events of the
          authentication pipeline.
        </Typography>
      </Box>
      <TextField
        label="Search event types"
        size="small"
        value={q}
        onChange={(e) => setParams(e.target.value ? { q: e.target.value } : {}, { replace: true })}
        sx={{ maxWidth: 480 }}
      />
      {catalogue.isPending && <LoadingState />}
      {catalogue.isError && (
        <Alert severity="error" action={<Button onClick={() => void catalogue.refetch()}>Retry</Button>}>
          {catalogue.error.message}
        </Alert>
      )}
      {catalogue.data && (
        <>
          <Typography role="status">
            {rows.length} of {catalogue.data.items.length} event types
          </Typography>
          <TableContainer
            component={Paper}
            variant="outlined"
            // scrolls on its own: keyboard users need to reach it
            tabIndex={0}
            role="region"
            aria-label="Event types, scrollable"
            sx={{ flex: 1, minHeight: 0 }}
          >
            <Table size="small" stickyHeader aria-label="Event types">
              <TableHead>
                <TableRow>
                  <TableCell>Name</TableCell>
                  <TableCell>Code</TableCell>
                  <TableCell>Category</TableCell>
                  <TableCell>Description</TableCell>
                  <TableCell>Source</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((e) => (
                  <TableRow
                    key={`${e.source}/${e.name}`}
                    selected={e.name.toLowerCase() === q.trim().toLowerCase()}
                  >
                    {/* a long name wraps at its hyphens rather than squeezing the description */}
                    <TableCell sx={{ fontFamily: 'monospace' }}>{e.name}</TableCell>
                    <TableCell>{e.code ?? '—'}</TableCell>
                    <TableCell>{e.category}</TableCell>
                    <TableCell sx={{ minWidth: 200 }}>{e.description}</TableCell>
                    <TableCell>
                      <Chip size="small" variant="outlined" label={e.source} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          {rows.length === 0 && <Typography>No event type matches “{q}”.</Typography>}
        </>
      )}
    </Box>
  );
}
