import { useMemo } from 'react';
import {
  Alert,
  Box,
  Button,
  Chip,
  Link,
  MenuItem,
  Paper,
  Stack,
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
import { Link as RouterLink, useSearchParams } from 'react-router';
import { eventTypesQuery } from '../../api/eventTypes';
import { eventSources, type EventType } from '../../api/schemas/eventTypes';
import { streamContracts } from '../../api/streams';
import { ALL_TIME, hrefs } from '../../lib/links';
import { usePageTitle } from '../../lib/usePageTitle';
import { LoadingState } from '../../components/ResultStates';
import {
  categoriesOf,
  filterCatalogue,
  readCatalogueFilter,
  writeCatalogueFilter,
  type CatalogueFilter,
} from './filterCatalogue';

const ALL = '';

function RecordsLink({ records }: { records: EventType['records'] }) {
  if (!records) return <Typography variant="body2">Not recorded by a stream</Typography>;
  const to = hrefs.stream(records.stream, new URLSearchParams({ q: records.query, from: ALL_TIME }));
  return (
    <Link component={RouterLink} to={to} sx={{ whiteSpace: 'nowrap' }}>
      {streamContracts[records.stream].title}: <code>{records.query}</code>
    </Link>
  );
}

/** The event reference: every event and action name the streams use, searchable. */
export function EventTypesPage() {
  usePageTitle('Event types');
  const [params, setParams] = useSearchParams();
  const { filter, notice } = readCatalogueFilter(params);
  const { q } = filter;
  const catalogue = useQuery(eventTypesQuery);
  const items = catalogue.data?.items;
  const rows = useMemo(() => filterCatalogue(items ?? [], filter), [items, filter]);
  const categories = useMemo(() => categoriesOf(items ?? [], filter.source), [items, filter.source]);
  const unknownCategory = items && filter.category !== null && !categories.includes(filter.category);
  const update = (next: Partial<CatalogueFilter>) =>
    setParams(writeCatalogueFilter({ ...filter, ...next }), { replace: true });

  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 2, minHeight: 0, flex: 1 }}>
      <Box>
        <Typography variant="h5" component="h1">
          Event types
        </Typography>
        <Typography variant="body2" color="text.secondary">
          The event reference (codes by range), authentik's event actions, the Ardexa audit logs' actions, and
          the stages and events of the authentication pipeline. Each links to the search for its records.
        </Typography>
      </Box>
      <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap' }}>
        <TextField
          label="Search event types"
          size="small"
          value={q}
          onChange={(e) => update({ q: e.target.value })}
          sx={{ flex: '1 1 240px', maxWidth: 480 }}
        />
        <TextField
          select
          label="Source"
          size="small"
          value={filter.source ?? ALL}
          // a category belongs to one source: choosing another source starts from all its categories
          onChange={(e) =>
            update({ source: eventSources.find((s) => s === e.target.value) ?? null, category: null })
          }
          sx={{ minWidth: 220 }}
        >
          <MenuItem value={ALL}>All sources</MenuItem>
          {eventSources.map((source) => (
            <MenuItem key={source} value={source}>
              {source}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          label="Category"
          size="small"
          value={unknownCategory ? ALL : (filter.category ?? ALL)}
          onChange={(e) => update({ category: e.target.value || null })}
          sx={{ minWidth: 220 }}
        >
          <MenuItem value={ALL}>All categories</MenuItem>
          {categories.map((category) => (
            <MenuItem key={category} value={category}>
              {category}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
      {notice && <Alert severity="warning">{notice}</Alert>}
      {unknownCategory && (
        <Alert severity="warning">
          “{filter.category}” is not a category of {filter.source ?? 'any source'}: choose one from Category.
        </Alert>
      )}
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
                  <TableCell>Records</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((e) => (
                  <TableRow
                    key={`${e.source}/${e.name}/${e.records?.query ?? ''}`}
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
                    <TableCell>
                      <RecordsLink records={e.records} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          {rows.length === 0 && (
            <Typography>
              No event type matches{q ? ` “${q}”` : ''}
              {filter.source ? ` in ${filter.source}` : ''}
              {filter.category ? `, category ${filter.category}` : ''}.
            </Typography>
          )}
        </>
      )}
    </Box>
  );
}
