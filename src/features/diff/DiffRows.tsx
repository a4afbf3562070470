import { Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { ChangeChip } from './ChangeChip';
import type { CellContent, DiffRow } from './model';
import { mono, tint } from './styles';
import { visuallyHidden } from '../../lib/visuallyHidden';
import { ValueText } from './ValueText';
import { VisibleText } from '../../components/VisibleText';

function PathText({ path }: { path: string }) {
  if (path === '') {
    return (
      <Typography component="span" variant="body2" sx={{ fontStyle: 'italic' }}>
        (whole value)
      </Typography>
    );
  }
  return (
    <Box component="code" sx={mono}>
      <VisibleText text={path} />
    </Box>
  );
}

function Label({ row }: { row: DiffRow }) {
  return (
    <>
      <ChangeChip label={row.label} />
      {row.types && (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 0.5 }}>
          {row.types}
        </Typography>
      )}
    </>
  );
}

/** Side by side: a real table, one row per field, with the path as the row header. */
export function DiffTable({ rows }: { rows: readonly DiffRow[] }) {
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table
        size="small"
        sx={{ tableLayout: 'fixed', minWidth: 480, '& td, & th': { verticalAlign: 'top' } }}
      >
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '26%' }}>Field</TableCell>
            <TableCell sx={{ width: '18%' }}>Change</TableCell>
            <TableCell>Old value</TableCell>
            <TableCell>New value</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell component="th" scope="row">
                <PathText path={row.path} />
              </TableCell>
              <TableCell>
                <Label row={row} />
              </TableCell>
              <TableCell sx={tint('old', row.label)}>
                <ValueText content={row.old} />
              </TableCell>
              <TableCell sx={tint('new', row.label)}>
                <ValueText content={row.new} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}

function Side({ side, row, content }: { side: 'old' | 'new'; row: DiffRow; content: CellContent }) {
  const unchanged = row.label === 'unchanged';
  const element = unchanged ? 'div' : side === 'old' ? 'del' : 'ins';
  const sign = unchanged ? ' ' : side === 'old' ? '−' : '+';
  const name = unchanged ? 'Value' : side === 'old' ? 'Old value' : 'New value';
  return (
    <Box
      component={element}
      sx={[
        { display: 'flex', gap: 1, px: 1, py: 0.5, mt: 0.5, borderRadius: 1, textDecoration: 'none' },
        tint(side, row.label),
      ]}
    >
      <Box component="span" aria-hidden sx={{ ...mono, width: '1ch', flexShrink: 0 }}>
        {sign}
      </Box>
      <Box component="span" sx={visuallyHidden}>
        {`${name}: `}
      </Box>
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <ValueText content={content} />
      </Box>
    </Box>
  );
}

/** Inline: a list of fields, each with its old value (deleted) above its new value (inserted). */
export function DiffList({ rows }: { rows: readonly DiffRow[] }) {
  return (
    <Box component="ul" sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {rows.map((row) => (
        <Box component="li" key={row.id} sx={{ py: 1, borderBottom: 1, borderColor: 'divider' }}>
          <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            <PathText path={row.path} />
            <Label row={row} />
          </Stack>
          {row.label === 'unchanged' ? (
            <Side side="new" row={row} content={row.new} />
          ) : (
            <>
              {row.old.kind !== 'absent' && <Side side="old" row={row} content={row.old} />}
              {row.new.kind !== 'absent' && <Side side="new" row={row} content={row.new} />}
            </>
          )}
        </Box>
      ))}
    </Box>
  );
}
