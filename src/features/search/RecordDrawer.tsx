import { useId, useMemo, useState } from 'react';
import { maskSecretsDeep } from '../diff/mask';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Divider,
  Drawer,
  IconButton,
  Menu,
  MenuItem,
  Snackbar,
  Stack,
  Typography,
} from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import MoreVertIcon from '@mui/icons-material/MoreVert';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { useQuery } from '@tanstack/react-query';
import { whyUnreadable } from '../../api/readRecord';
import { ApiError } from '../../api/errors';
import { recordQuery } from '../../api/records';
import type { AuditRecord } from '../../api/streams';
import type { TimeZoneChoice } from '../../lib/preferences';
import { copyText } from '../../lib/clipboard';
import { VisibleText } from '../../components/VisibleText';
import { EntityPageMenuItem } from '../../components/EntityPageMenuItem';
import { formatTime, otherZone } from '../../lib/time';
import type { StreamDefinition } from './definition';
import { OpenTimeline, RecordChanges } from './RecordExtras';
import { UnreadableRecord } from './UnreadableRecord';
import { RecordGone } from './RecordGone';

const isNotFound = (error: Error): boolean => error instanceof ApiError && error.status === 404;

function maskFields(record: AuditRecord, fields: readonly string[]): AuditRecord {
  if (fields.length === 0) return record;
  const copy: AuditRecord = { ...record };
  for (const field of fields) if (field in copy) copy[field] = maskSecretsDeep(copy[field]);
  return copy;
}

export type ValueAction =
  | { kind: 'filter' | 'exclude'; field: string; value: string }
  | { kind: 'pivot'; field: string; value: string };

interface Props {
  definition: StreamDefinition;
  id: string | null;
  /** the row as the grid has it, shown at once while the full record loads */
  initial: AuditRecord | undefined;
  zone: TimeZoneChoice;
  onClose: () => void;
  onAction: (action: ValueAction) => void;
}

export function RecordDrawer({ definition, id, initial, zone, onClose, onAction }: Props) {
  const titleId = useId();
  const record = useQuery({
    ...recordQuery(definition.stream, id ?? ''),
    enabled: id !== null,
    initialData: initial,
  });
  const [copied, setCopied] = useState<string | null>(null);
  const raw = record.data;
  const unreadable = raw && whyUnreadable(raw);
  // what is shown and copied never holds a secret; the diff masks on its own
  const data = useMemo(() => (raw ? maskFields(raw, definition.maskedFields ?? []) : raw), [raw, definition]);

  return (
    <Drawer
      anchor="right"
      open={id !== null}
      onClose={onClose}
      // above the app bar, which sits above the permanent navigation drawer
      sx={{ zIndex: (t) => t.zIndex.modal }}
      slotProps={{
        paper: { role: 'dialog', 'aria-labelledby': titleId, sx: { width: { xs: '100%', md: 720 } } },
      }}
    >
      <Stack direction="row" sx={{ alignItems: 'flex-start', p: 2, gap: 1 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="overline" color="text.secondary">
            {definition.title} record
          </Typography>
          <Typography id={titleId} variant="h6" component="h2" dir="auto" sx={{ wordBreak: 'break-word' }}>
            <VisibleText text={data && !unreadable ? definition.recordTitle(data) : (id ?? '')} />
          </Typography>
        </Box>
        <IconButton aria-label="Close record" onClick={onClose}>
          <CloseIcon />
        </IconButton>
      </Stack>
      <Divider />
      <Box sx={{ p: 2, overflow: 'auto' }}>
        {record.isPending && (
          <Stack direction="row" spacing={1} role="status" sx={{ alignItems: 'center' }}>
            <CircularProgress size={18} aria-hidden />
            <span>Loading record…</span>
          </Stack>
        )}
        {record.isError && !data && isNotFound(record.error) && (
          <RecordGone streamTitle={definition.title} id={id ?? ''} />
        )}
        {record.isError && !data && !isNotFound(record.error) && (
          <Alert severity="error" action={<Button onClick={() => void record.refetch()}>Retry</Button>}>
            {record.error.message}
          </Alert>
        )}
        {unreadable && <UnreadableRecord unreadable={unreadable} />}
        {data && !unreadable && (
          <>
            <Stack direction="row" spacing={1} sx={{ mb: 2 }}>
              <OpenTimeline definition={definition} record={data} />
            </Stack>
            {raw && <RecordChanges definition={definition} record={raw} />}
            <FieldList
              definition={definition}
              record={data}
              zone={zone}
              onAction={onAction}
              onCopied={setCopied}
            />
            <Stack direction="row" sx={{ alignItems: 'center', mt: 3, mb: 1 }}>
              <Typography variant="subtitle1" component="h3" sx={{ flex: 1 }}>
                Raw JSON
              </Typography>
              <Button
                size="small"
                startIcon={<ContentCopyIcon />}
                onClick={async () =>
                  setCopied((await copyText(JSON.stringify(data, null, 2))) ? 'JSON copied' : 'Copy failed')
                }
              >
                Copy JSON
              </Button>
            </Stack>
            <Box
              component="pre"
              tabIndex={0}
              aria-label="Raw JSON of the record"
              sx={{
                m: 0,
                p: 1.5,
                bgcolor: 'action.hover',
                borderRadius: 1,
                fontSize: 12,
                whiteSpace: 'pre-wrap',
                wordBreak: 'break-all',
                maxHeight: 400,
                overflow: 'auto',
              }}
            >
              <VisibleText text={JSON.stringify(data, null, 2)} multiline />
            </Box>
          </>
        )}
      </Box>
      <Snackbar
        open={copied !== null}
        autoHideDuration={2500}
        onClose={() => setCopied(null)}
        message={copied}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      />
    </Drawer>
  );
}

function FieldList(props: {
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
