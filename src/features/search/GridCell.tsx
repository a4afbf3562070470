import { memo } from 'react';
import { Box, Link, Tooltip } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { catalogueLink, type DescribeEvent } from '../catalogue/useEventCatalogue';
import type { TimeZoneChoice } from '../../app/preferences';
import { formatTime, otherZone } from '../../lib/time';
import type { ColumnSpec, Outcome } from './definition';
import { cellText } from './cellText';

const OUTCOME_COLOR: Record<Outcome, string> = {
  success: 'success.main',
  failure: 'error.main',
  neutral: 'text.primary',
};

export const GridCell = memo(function GridCell(props: {
  spec: ColumnSpec;
  value: unknown;
  zone: TimeZoneChoice;
  outcome: Outcome;
  describe?: DescribeEvent;
}) {
  const { spec, value, zone, outcome, describe } = props;
  if (value === null || value === undefined || value === '') {
    return (
      <Box component="span" sx={{ color: 'text.secondary' }} aria-label="empty">
        —
      </Box>
    );
  }
  if (spec.kind === 'time') {
    return (
      <Tooltip title={formatTime(String(value), otherZone(zone))} placement="bottom-start" describeChild>
        <span>{formatTime(String(value), zone)}</span>
      </Tooltip>
    );
  }
  const text = spec.display ? spec.display(value) : cellText(value);
  const eventType = spec.eventType ? describe?.(value) : undefined;
  const shown = eventType ? (
    <Tooltip title={eventType.description} placement="bottom-start" describeChild>
      <Link
        component={RouterLink}
        to={catalogueLink(eventType.name)}
        tabIndex={-1}
        color="inherit"
        underline="hover"
        onClick={(e) => e.stopPropagation()}
      >
        {text}
      </Link>
    </Tooltip>
  ) : (
    text
  );
  if (spec.kind === 'outcome') {
    return (
      <Box
        component="span"
        sx={{ color: OUTCOME_COLOR[outcome], fontWeight: outcome === 'neutral' ? 400 : 600 }}
      >
        {outcome === 'failure' ? '✕ ' : outcome === 'success' ? '✓ ' : ''}
        {shown}
      </Box>
    );
  }
  return (
    <Box
      component="span"
      dir="auto"
      sx={
        spec.kind === 'mono'
          ? { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 12 }
          : undefined
      }
    >
      {shown}
    </Box>
  );
});
