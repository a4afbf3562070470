import { useState } from 'react';
import { Box, IconButton, Menu, MenuItem } from '@mui/material';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import type { AuditRecord } from '../../api/streams';
import type { TimeZoneChoice } from '../../lib/preferences';
import { copyText } from '../../lib/clipboard';
import { VisibleText } from '../../components/VisibleText';
import { EntityPageMenuItem } from '../../components/EntityPageMenuItem';
import { formatTime, otherZone } from '../../lib/time';
import type { StreamDefinition } from './definition';

export type ValueAction =
  | { kind: 'filter' | 'exclude'; field: string; value: string }
  | { kind: 'pivot'; field: string; value: string };

/** A value taller than its box scrolls: then it is a Tab stop, so the keyboard can scroll it too. */
function focusableWhenScrolling(el: HTMLElement | null) {
  if (el && el.scrollHeight > el.clientHeight) el.tabIndex = 0;
}

/** A record's fields, each with its actions (filter, exclude, pivot, copy). */
export function FieldList(props: {
  definition: StreamDefinition;
  record: AuditRecord;
  zone: TimeZoneChoice;
  onAction: (action: ValueAction) => void;
  onCopied: (message: string) => void;
}) {
  const { definition, record, zone, onAction, onCopied } = props;
  const labels = new Map(definition.contract.fields.map((f) => [f.name, f.label ?? f.name]));
  const known = definition.contract.fields.map((f) => f.name).filter((name) => name in record);
  const extra = Object.keys(record).filter((k) => !labels.has(k));
  // ingestion keeps what the sender wrote when it was finer than a millisecond (nanoseconds)
  const sent = record[`${definition.contract.timeField}_as_sent`];
  const asSent = typeof sent === 'string' ? `${sent} as sent` : undefined;
  return (
    <Box
      component="dl"
      sx={{ m: 0, display: 'grid', gridTemplateColumns: '150px 1fr', rowGap: 0.5, columnGap: 1 }}
    >
      {[...known, ...extra].map((field) => {
        const value = record[field];
        const label = labels.get(field) ?? field;
        const text =
          value === null || value === undefined
            ? null
            : typeof value === 'object'
              ? JSON.stringify(value)
              : String(value);
        const isTime = field === definition.contract.timeField && text !== null;
        return (
          <Box key={field} sx={{ display: 'contents' }}>
            <Box component="dt" sx={{ color: 'text.secondary', fontSize: 13, py: 0.5 }}>
              {label}
              <Box component="span" sx={{ display: 'block', fontSize: 11, fontFamily: 'monospace' }}>
                {field}
              </Box>
            </Box>
            <Box
              component="dd"
              sx={{ m: 0, py: 0.25, display: 'flex', alignItems: 'flex-start', gap: 0.5, minWidth: 0 }}
            >
              <Box
                ref={focusableWhenScrolling}
                dir="auto"
                sx={{
                  flex: 1,
                  minWidth: 0,
                  py: 0.25,
                  fontSize: 13,
                  wordBreak: 'break-word',
                  whiteSpace: 'pre-wrap',
                  maxHeight: 240,
                  overflow: 'auto',
                }}
              >
                {text === null ? (
                  <Box component="span" sx={{ color: 'text.secondary' }}>
                    (empty)
                  </Box>
                ) : isTime ? (
                  <>
                    {formatTime(text, zone)}
                    <Box component="span" sx={{ display: 'block', color: 'text.secondary', fontSize: 12 }}>
                      {formatTime(text, otherZone(zone))} · {asSent ?? text}
                    </Box>
                  </>
                ) : (
                  <VisibleText text={text} multiline />
                )}
              </Box>
              {text !== null && (
                <ValueActions
                  definition={definition}
                  field={field}
                  label={label}
                  value={text}
                  onAction={onAction}
                  onCopied={onCopied}
                />
              )}
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}

function ValueActions(props: {
  definition: StreamDefinition;
  field: string;
  label: string;
  value: string;
  onAction: (action: ValueAction) => void;
  onCopied: (message: string) => void;
}) {
  const { definition, field, label, value, onAction, onCopied } = props;
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const searchable = definition.contract.fields.some((f) => f.name === field);
  const pivot = definition.pivots.find((p) => p.field === field);
  const run = (action: ValueAction) => {
    setAnchor(null);
    onAction(action);
  };
  return (
    <>
      <IconButton
        size="small"
        aria-label={`Actions for ${label}`}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        <MoreVertIcon fontSize="small" />
      </IconButton>
      <Menu anchorEl={anchor} open={!!anchor} onClose={() => setAnchor(null)}>
        {searchable && (
          <MenuItem onClick={() => run({ kind: 'filter', field, value })}>Filter by this value</MenuItem>
        )}
        {searchable && (
          <MenuItem onClick={() => run({ kind: 'exclude', field, value })}>Exclude this value</MenuItem>
        )}
        {pivot && (
          <MenuItem onClick={() => run({ kind: 'pivot', field, value })}>
            Show all records with this {pivot.noun}
          </MenuItem>
        )}
        <EntityPageMenuItem field={field} value={value} />
        <MenuItem
          onClick={async () => {
            setAnchor(null);
            onCopied((await copyText(value)) ? `${label} copied` : 'Copy failed');
          }}
        >
          Copy value
        </MenuItem>
      </Menu>
    </>
  );
}
