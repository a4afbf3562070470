import { useMemo, useState } from 'react';
import { Alert, Box, Button, Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { DiffList, DiffTable } from './DiffRows';
import { buildDiffModel, summaryText, type DiffModel } from './model';
import { formatCount } from '../../api/formatCount';

/** Rows rendered per "Show more", so a diff of a huge value never builds thousands of DOM rows at once. */
const PAGE_ROWS = 200;

type Layout = 'side' | 'inline';

export interface DiffViewProps {
  oldValue: unknown;
  newValue: unknown;
  title?: string;
}

/**
 * Field-level diff of a record's old and new values, with secrets masked. Renders nothing when neither
 * side has a value; a missing side (a create or a delete) shows every field as added or removed.
 */
export function DiffView({ oldValue, newValue, title }: DiffViewProps) {
  const model = useMemo(() => buildDiffModel(oldValue, newValue), [oldValue, newValue]);
  const [layout, setLayout] = useState<Layout>('side');
  const [showUnchanged, setShowUnchanged] = useState(false);
  // The page count belongs to one diff: a new record starts again from the first page.
  const [paging, setPaging] = useState<{ model: DiffModel | null; limit: number }>({
    model,
    limit: PAGE_ROWS,
  });
  const limit = paging.model === model ? paging.limit : PAGE_ROWS;

  const visible = useMemo(
    () => (!model ? [] : showUnchanged ? model.rows : model.rows.filter((row) => row.kind !== 'unchanged')),
    [model, showUnchanged],
  );
  if (!model) return null;

  const shown = visible.slice(0, limit);
  const remaining = visible.length - shown.length;
  const unchangedCount = model.counts.unchanged + model.omittedUnchanged;

  return (
    <Box component="section" aria-label={title || 'Changes'}>
      {title && (
        <Typography variant="subtitle2" component="h3" gutterBottom>
          {title}
        </Typography>
      )}
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap', mb: 1 }}>
        <Typography variant="body2" sx={{ flex: 1, minWidth: 'max-content' }}>
          {summaryText(model.counts)}
        </Typography>
        {unchangedCount > 0 && (
          <Button size="small" onClick={() => setShowUnchanged(!showUnchanged)}>
            {showUnchanged ? 'Hide unchanged' : `Show unchanged (${formatCount(unchangedCount)})`}
          </Button>
        )}
        <ToggleButtonGroup
          size="small"
          exclusive
          value={layout}
          onChange={(_, next: Layout | null) => next && setLayout(next)}
          aria-label="Diff layout"
        >
          <ToggleButton value="side">Side by side</ToggleButton>
          <ToggleButton value="inline">Inline</ToggleButton>
        </ToggleButtonGroup>
      </Stack>

      {model.truncated && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          Too many differences to list: the comparison stopped early, so some fields are not shown.
        </Alert>
      )}

      {shown.length > 0 && (layout === 'side' ? <DiffTable rows={shown} /> : <DiffList rows={shown} />)}

      {remaining > 0 && (
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mt: 1 }}>
          <Typography variant="body2">
            {formatCount(remaining)} more {showUnchanged ? 'fields' : remaining === 1 ? 'change' : 'changes'}
          </Typography>
          <Button size="small" onClick={() => setPaging({ model, limit: limit + PAGE_ROWS })}>
            Show more
          </Button>
        </Stack>
      )}
      {showUnchanged && remaining === 0 && model.omittedUnchanged > 0 && (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {formatCount(model.omittedUnchanged)} more unchanged fields are not listed.
        </Typography>
      )}
    </Box>
  );
}
