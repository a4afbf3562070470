import { memo } from 'react';
import { Link, styled } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { catalogueLink, type DescribeEvent } from '../catalogue/useEventCatalogue';
import type { TimeZoneChoice } from '../../app/preferences';
import { formatTime, otherZone } from '../../lib/time';
import type { ColumnSpec, Outcome } from './definition';
import { cellText } from './cellText';
import { LazyTooltip } from './LazyTooltip';

// Styled once, not `sx` per cell: a grid re-renders hundreds of cells on every search.
const Empty = styled('span')(({ theme }) => ({ color: theme.palette.text.secondary }));
const Mono = styled('span')({ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace', fontSize: 12 });
const OutcomeText = styled('span')<{ outcome: Outcome }>(({ theme, outcome }) => ({
  color:
    outcome === 'success'
      ? theme.palette.success.main
      : outcome === 'failure'
        ? theme.palette.error.main
        : theme.palette.text.primary,
  fontWeight: outcome === 'neutral' ? 400 : 600,
}));

export const GridCell = memo(function GridCell(props: {
  spec: ColumnSpec;
  value: unknown;
  zone: TimeZoneChoice;
  outcome: Outcome;
  describe?: DescribeEvent;
}) {
  const { spec, value, zone, outcome, describe } = props;
  if (value === null || value === undefined || value === '') {
    return <Empty aria-label="empty">—</Empty>;
  }
  if (spec.kind === 'time') {
    return (
      <LazyTooltip title={() => formatTime(String(value), otherZone(zone))}>
        <span>{formatTime(String(value), zone)}</span>
      </LazyTooltip>
    );
  }
  const text = spec.display ? spec.display(value) : cellText(value);
  const eventType = spec.eventType ? describe?.(value) : undefined;
  const shown = eventType ? (
    <LazyTooltip title={() => eventType.description}>
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
    </LazyTooltip>
  ) : (
    text
  );
  if (spec.kind === 'outcome') {
    return (
      <OutcomeText outcome={outcome}>
        {outcome === 'failure' ? '✕ ' : outcome === 'success' ? '✓ ' : ''}
        {shown}
      </OutcomeText>
    );
  }
  return spec.kind === 'mono' ? <Mono dir="auto">{shown}</Mono> : <span dir="auto">{shown}</span>;
});
