import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { maskSecretsDeep } from '../diff/mask';
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Divider,
  Drawer,
  Snackbar,
  Stack,
  Typography,
} from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import KeyboardArrowUpIcon from '@mui/icons-material/KeyboardArrowUp';
import KeyboardArrowDownIcon from '@mui/icons-material/KeyboardArrowDown';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { useQuery } from '@tanstack/react-query';
import { whyUnreadable } from '../../api/readRecord';
import { ApiError } from '../../api/errors';
import { recordQuery } from '../../api/records';
import type { AuditRecord } from '../../api/streams';
import type { TimeZoneChoice } from '../../lib/preferences';
import { copyText } from '../../lib/clipboard';
import { VisibleText } from '../../components/VisibleText';
import type { StreamDefinition } from './definition';
import { OpenTimeline, RecordChanges } from './RecordExtras';
import { FieldList, type ValueAction } from './RecordFields';
import { RecordToolbar } from './RecordToolbar';
import { SIDE_PANEL_WIDTH, useSidePanel } from './sidePanel';
import { UnreadableRecord } from './UnreadableRecord';
import { RecordGone } from './RecordGone';
import { RawJsonBlock } from './RawJsonBlock';

const isNotFound = (error: Error): boolean => error instanceof ApiError && error.status === 404;

export type { ValueAction } from './RecordFields';

function maskFields(record: AuditRecord, fields: readonly string[]): AuditRecord {
  if (fields.length === 0) return record;
  const copy: AuditRecord = { ...record };
  for (const field of fields) if (field in copy) copy[field] = maskSecretsDeep(copy[field]);
  return copy;
}

interface Props {
  definition: StreamDefinition;
  id: string | null;
  /** the row as the grid has it, shown at once while the full record loads */
  initial: AuditRecord | undefined;
  zone: TimeZoneChoice;
  onClose: () => void;
  onAction: (action: ValueAction) => void;
  /** the neighbouring records in the results; undefined when there is none that way */
  onPrevious: (() => void) | undefined;
  onNext: (() => void) | undefined;
  /** the next record is on a page being loaded */
  loadingNext: boolean;
  /** "3 of 1,024": where the record is in the results, when it is in them */
  position: string | null;
  /** changing it moves focus into the record (it was opened from the keyboard) */
  focusSignal: number;
}

/** Keys that step through the results from anywhere in the record but where they mean something else. */
function stepKey(event: KeyboardEvent<HTMLElement>): 'next' | 'previous' | null {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return null;
  const target = event.target as HTMLElement;
  // a menu opened from a field is portaled outside the panel; the raw JSON scrolls with arrows
  if (!event.currentTarget.contains(target) || target.closest('pre, input, textarea, [role="menu"]'))
    return null;
  if (event.key === 'j' || event.key === 'ArrowDown') return 'next';
  if (event.key === 'k' || event.key === 'ArrowUp') return 'previous';
  return null;
}

export function RecordDrawer(props: Props) {
  const { id, onClose, onPrevious, onNext, focusSignal } = props;
  const titleId = useId();
  const side = useSidePanel();
  const panelRef = useRef<HTMLDivElement>(null);
  // the signal can come a render before the URL opens the record: focus once the panel is there
  const focused = useRef(0);
  useEffect(() => {
    if (focusSignal > focused.current && panelRef.current) {
      focused.current = focusSignal;
      panelRef.current.focus();
    }
  });

  // the panel is not modal: focus may be nowhere (a page just loaded with a record open); Escape
  // there closes it as it would inside
  const open = side && id !== null;
  useEffect(() => {
    if (!open) return;
    const onBodyKey = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented && event.target === document.body) onClose();
    };
    document.addEventListener('keydown', onBodyKey);
    return () => document.removeEventListener('keydown', onBodyKey);
  }, [open, onClose]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const step = stepKey(event);
    if (step) {
      event.preventDefault();
      (step === 'next' ? onNext : onPrevious)?.();
    } else if (side && event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      onClose();
    }
  };
  const content = <RecordView {...props} titleId={titleId} />;

  if (side) {
    if (id === null) return null;
    return (
      <Box
        ref={panelRef}
        role="dialog"
        // non-modal: the grid beside it stays usable
        aria-modal="false"
        aria-labelledby={titleId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        sx={{
          position: 'absolute',
          top: 0,
          right: 0,
          bottom: 0,
          width: SIDE_PANEL_WIDTH,
          display: 'flex',
          flexDirection: 'column',
          minHeight: 0,
          borderLeft: 1,
          borderColor: 'divider',
          bgcolor: 'background.paper',
          outline: 'none',
        }}
      >
        {content}
      </Box>
    );
  }
  return (
    <Drawer
      anchor="right"
      open={id !== null}
      onClose={onClose}
      // the page puts focus back on the record's row, which may not be the row that opened it
      disableRestoreFocus
      // above the app bar, which sits above the permanent navigation drawer
      sx={{ zIndex: (t) => t.zIndex.modal }}
      slotProps={{
        paper: {
          ref: panelRef,
          role: 'dialog',
          'aria-labelledby': titleId,
          onKeyDown,
          // a phone's whole screen; from 600 px a drawer over the page
          sx: { width: { xs: '100%', sm: 600, md: 720 } },
        },
      }}
    >
      {content}
    </Drawer>
  );
}

function RecordView(props: Props & { titleId: string }) {
  const { definition, id, initial, zone, onClose, onAction, titleId } = props;
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
    <>
      <Stack direction="row" sx={{ alignItems: 'flex-start', p: 2, gap: 1 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="overline" color="text.secondary">
            {definition.title} record{props.position && ` · ${props.position}`}
          </Typography>
          <Typography id={titleId} variant="h6" component="h2" dir="auto" sx={{ wordBreak: 'break-word' }}>
            <VisibleText text={data && !unreadable ? definition.recordTitle(data) : (id ?? '')} />
          </Typography>
        </Box>
        <RecordToolbar
          label="Record"
          items={[
            {
              label: 'Previous record',
              icon: <KeyboardArrowUpIcon />,
              onClick: props.onPrevious,
              keyshortcuts: 'k ArrowUp',
            },
            {
              label: 'Next record',
              icon: <KeyboardArrowDownIcon />,
              onClick: props.onNext,
              busy: props.loadingNext,
              keyshortcuts: 'j ArrowDown',
            },
            { label: 'Close record', icon: <CloseIcon />, onClick: onClose, keyshortcuts: 'Escape' },
          ]}
        />
      </Stack>
      <Divider />
      <Box sx={{ p: 2, overflow: 'auto', flex: 1, minHeight: 0 }}>
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
            <RawJson data={data} onCopied={setCopied} />
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
    </>
  );
}

function RawJson({ data, onCopied }: { data: AuditRecord; onCopied: (message: string) => void }): ReactNode {
  const text = JSON.stringify(data, null, 2);
  return (
    <>
      <Stack direction="row" sx={{ alignItems: 'center', mt: 3, mb: 1 }}>
        <Typography variant="subtitle1" component="h3" sx={{ flex: 1 }}>
          Raw JSON
        </Typography>
        <Button
          size="small"
          startIcon={<ContentCopyIcon />}
          onClick={async () => onCopied((await copyText(text)) ? 'JSON copied' : 'Copy failed')}
        >
          Copy JSON
        </Button>
      </Stack>
      <RawJsonBlock>
        <VisibleText text={text} multiline />
      </RawJsonBlock>
    </>
  );
}
