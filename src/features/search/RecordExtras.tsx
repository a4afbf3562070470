import { lazy, Suspense } from 'react';
import { Box, Button, CircularProgress, Stack } from '@mui/material';
import TimelineIcon from '@mui/icons-material/Timeline';
import { Link as RouterLink } from 'react-router';
import type { AuditRecord } from '../../api/streams';
import type { StreamDefinition } from './definition';
import { timelineLink } from './timelineLink';

// The diff code is only needed once a change record is opened.
const DiffView = lazy(() => import('../diff').then((m) => ({ default: m.DiffView })));

export function OpenTimeline({ definition, record }: { definition: StreamDefinition; record: AuditRecord }) {
  const to = timelineLink(definition, record);
  if (!to) return null;
  return (
    <Button component={RouterLink} to={to} variant="outlined" size="small" startIcon={<TimelineIcon />}>
      Open timeline
    </Button>
  );
}

/** Field-level diffs of a change record's before/after values. */
export function RecordChanges({ definition, record }: { definition: StreamDefinition; record: AuditRecord }) {
  const changes = definition.changes?.(record) ?? [];
  if (changes.length === 0) return null;
  return (
    <Stack spacing={2} sx={{ mb: 3 }}>
      {changes.map((change) => (
        <Box key={change.title}>
          <Suspense fallback={<CircularProgress size={18} aria-label="Loading changes" />}>
            <DiffView oldValue={change.oldValue} newValue={change.newValue} title={change.title} />
          </Suspense>
        </Box>
      ))}
    </Stack>
  );
}
