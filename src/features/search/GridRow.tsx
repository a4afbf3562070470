import { memo, type CSSProperties } from 'react';
import { whyUnreadable } from '../../api/readRecord';
import type { AuditRecord } from '../../api/streams';
import type { TimeZoneChoice } from '../../lib/preferences';
import type { ColumnSpec, DescribeEvent, StreamDefinition } from './definition';
import { GridCell } from './GridCell';

export interface GridRowProps {
  record: AuditRecord;
  index: number;
  /** px from the top of the row group */
  start: number;
  height: number;
  template: string;
  width: number;
  selected: boolean;
  /** the cell of this row the grid's one Tab stop is on; null when it is on another row */
  focusCol: number | null;
  columns: readonly ColumnSpec[];
  definition: StreamDefinition;
  zone: TimeZoneChoice;
  describe: DescribeEvent | undefined;
  onOpen: (id: string) => void;
}

/** One record; memoised, so only rows whose record, place or selection changed render again. */
export const GridRow = memo(function GridRow(props: GridRowProps) {
  const { record, index, start, height, template, width, columns, definition, zone, describe, focusCol } =
    props;
  const unreadable = whyUnreadable(record);
  const outcome = unreadable ? 'neutral' : (definition.outcome?.(record) ?? 'neutral');
  // per-row geometry inline: as a class it would mint a CSS rule for every scroll position
  const style: CSSProperties = {
    gridTemplateColumns: template,
    width,
    height,
    transform: `translateY(${start}px)`,
  };
  return (
    // Enter and Space are handled by the grid's onKeyDown, which knows the focused cell; focus is
    // on the row's cells (the grid's roving tabindex), never on the row
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={props.selected}
      data-row-index={index}
      data-striped={index % 2 === 1}
      data-record-id={record.id}
      onClick={() => props.onOpen(record.id)}
      style={style}
    >
      {unreadable ? (
        <div
          role="gridcell"
          className="cell-unreadable"
          aria-colspan={columns.length}
          data-col={0}
          tabIndex={focusCol === null ? -1 : 0}
        >
          This record could not be read: {unreadable.reason}
        </div>
      ) : (
        columns.map((spec, col) => (
          <div key={spec.field} role="gridcell" data-col={col} tabIndex={focusCol === col ? 0 : -1}>
            <GridCell
              spec={spec}
              value={record[spec.field]}
              zone={zone}
              outcome={outcome}
              describe={describe}
            />
          </div>
        ))
      )}
    </div>
  );
});
