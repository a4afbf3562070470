import { memo } from 'react';
import type { TimeZoneChoice } from '../../lib/preferences';
import { hrefs } from '../../lib/links';
import { followInApp } from '../../lib/navigation';
import { formatTime, otherZone } from '../../lib/time';
import type { ColumnSpec, DescribeEvent, Outcome } from './definition';
import { VisibleText } from '../../components/VisibleText';
import { cellText } from './cellText';
import { LazyTooltip } from './LazyTooltip';

/** A cell's content; its look comes from class names styled once by the grid's RowGroup. */
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
      <span className="cell-empty" aria-label="empty">
        —
      </span>
    );
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
      <a
        className="cell-link"
        href={hrefs.eventType(eventType.name)}
        tabIndex={-1}
        onClick={(e) => {
          e.stopPropagation();
          followInApp(e, hrefs.eventType(eventType.name));
        }}
      >
        <VisibleText text={text} />
      </a>
    </LazyTooltip>
  ) : (
    <VisibleText text={text} />
  );
  if (spec.kind === 'outcome') {
    return (
      <span className={`outcome-${outcome}`}>
        {outcome === 'failure' ? '✕ ' : outcome === 'success' ? '✓ ' : ''}
        {shown}
      </span>
    );
  }
  return (
    <span className={spec.kind === 'mono' ? 'cell-mono' : undefined} dir="auto">
      {shown}
    </span>
  );
});
