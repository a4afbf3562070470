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
  /** the row the grid's Tab stop is on */
  tabbable: boolean;
  columns: readonly ColumnSpec[];
  definition: StreamDefinition;
  zone: TimeZoneChoice;
  describe: DescribeEvent | undefined;
  onActivate: (index: number) => void;
  onOpen: (id: string) => void;
}

/** One record; memoised, so only rows whose record, place or selection changed render again. */
export const GridRow = memo(function GridRow(props: GridRowProps) {
  const { record, index, start, height, template, width, columns, definition, zone, describe } = props;
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
    // Enter and Space are handled by the row group's onKeyDown, which knows the active row
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={props.selected}
      data-row-index={index}
      data-striped={index % 2 === 1}
      data-record-id={record.id}
      tabIndex={props.tabbable ? 0 : -1}
      onClick={() => {
        props.onActivate(index);
        props.onOpen(record.id);
      }}
      onFocus={() => props.onActivate(index)}
      style={style}
    >
      {unreadable ? (
        <div role="gridcell" className="cell-unreadable" aria-colspan={columns.length}>
          This record could not be read: {unreadable.reason}
        </div>
      ) : (
        columns.map((spec) => (
          <div key={spec.field} role="gridcell">
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
