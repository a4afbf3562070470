import { memo, type ComponentPropsWithRef } from 'react';
import { ENTITY_NOUN, entityKindOf } from '../../lib/entityLinks';
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
  const entity = entityKindOf(spec.field);
  const shown = eventType ? (
    <LazyTooltip title={() => eventType.description}>
      <CellLink to={hrefs.eventType(eventType.name)}>
        <VisibleText text={text} />
      </CellLink>
    </LazyTooltip>
  ) : entity && typeof value === 'string' ? (
    // the user's, address's or device's page; the keyboard's way there is the drawer's value menu
    <CellLink to={hrefs.entity(entity, value)} title={`Open ${ENTITY_NOUN[entity]} page`}>
      <VisibleText text={text} />
    </CellLink>
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

/**
 * A link inside a row: the row, not the link, takes focus and Enter; a click follows the link only.
 * Other props (a tooltip's handlers and ref) reach the anchor.
 */
function CellLink({ to, children, ...rest }: ComponentPropsWithRef<'a'> & { to: string }) {
  return (
    <a
      {...rest}
      className="cell-link"
      href={to}
      tabIndex={-1}
      onClick={(e) => {
        e.stopPropagation();
        followInApp(e, to);
      }}
    >
      {children}
    </a>
  );
}
