import { useMemo, useState } from 'react';
import { Box, Button, Typography } from '@mui/material';
import type { Theme } from '@mui/material/styles';
import LockOutlinedIcon from '@mui/icons-material/LockOutlined';
import { formatValue, PREVIEW_CHARS, type CellContent } from './model';
import { mono } from './styles';
import { visuallyHidden } from '../../lib/visuallyHidden';
import type { WordSegment } from './words';
import { formatCount } from '../../api/formatCount';
import { VisibleText } from '../../components/VisibleText';

/** A run of displayed text; `mark` flags words removed from (del) or added to (ins) a string. */
interface Piece {
  text: string;
  mark?: 'del' | 'ins';
}

export function ValueText({ content }: { content: CellContent }) {
  switch (content.kind) {
    case 'absent':
      return (
        <Typography component="span" variant="body2" color="text.secondary">
          <span aria-hidden>—</span>
          <Box component="span" sx={visuallyHidden}>
            none
          </Box>
        </Typography>
      );
    case 'secret':
      return (
        <Typography
          component="span"
          variant="body2"
          sx={{ display: 'inline-flex', gap: 0.5, alignItems: 'center' }}
        >
          <LockOutlinedIcon fontSize="inherit" aria-hidden />
          {content.text}
        </Typography>
      );
    case 'value':
      return <JsonText value={content.value} />;
    case 'words':
      return <WordsText side={content.side} segments={content.segments} />;
  }
}

function JsonText({ value }: { value: unknown }) {
  const pieces = useMemo(() => [{ text: formatValue(value) }], [value]);
  return <Collapsible pieces={pieces} />;
}

function WordsText({ side, segments }: { side: 'old' | 'new'; segments: readonly WordSegment[] }) {
  const pieces = useMemo((): Piece[] => {
    const mark = side === 'old' ? 'del' : 'ins';
    // Escaped piece by piece, the words read exactly like the JSON string other cells show.
    const inner = segments.map((s): Piece => ({
      text: JSON.stringify(s.text).slice(1, -1),
      ...(s.changed && { mark }),
    }));
    return [{ text: '"' }, ...inner, { text: '"' }];
  }, [side, segments]);
  return <Collapsible pieces={pieces} />;
}

/** The first PREVIEW_CHARS characters of the pieces, with a "Show all" button when there are more. */
function Collapsible({ pieces }: { pieces: readonly Piece[] }) {
  const [expanded, setExpanded] = useState(false);
  const length = pieces.reduce((sum, piece) => sum + piece.text.length, 0);
  const long = length > PREVIEW_CHARS;
  const shown = long && !expanded ? [...preview(pieces, PREVIEW_CHARS), { text: '…' }] : pieces;
  return (
    <Box>
      <Box component="pre" sx={{ ...mono, m: 0, whiteSpace: 'pre-wrap' }}>
        {shown.map((piece, i) =>
          piece.mark ? (
            <Box key={i} component={piece.mark} sx={markStyle(piece.mark)}>
              <VisibleText text={piece.text} multiline />
            </Box>
          ) : (
            <VisibleText key={i} text={piece.text} multiline />
          ),
        )}
      </Box>
      {long && (
        <Button
          size="small"
          // the cell's own text colour: primary blue can fall short of AA contrast on the tinted cells
          color="inherit"
          sx={{ px: 0.5, minWidth: 0, textDecoration: 'underline' }}
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Show less' : `Show all (${formatCount(length)} characters)`}
        </Button>
      )}
    </Box>
  );
}

function preview(pieces: readonly Piece[], limit: number): Piece[] {
  const out: Piece[] = [];
  let left = limit;
  for (const piece of pieces) {
    if (left <= 0) break;
    out.push(piece.text.length <= left ? piece : { ...piece, text: piece.text.slice(0, left) });
    left -= piece.text.length;
  }
  return out;
}

/** Changed words: a stronger tint plus strike-through or underline, so colour is not the only cue. */
function markStyle(mark: 'del' | 'ins') {
  return (theme: Theme) => ({
    bgcolor: theme.alpha((mark === 'del' ? theme.palette.error : theme.palette.success).main, 0.3),
    color: theme.palette.text.primary,
    textDecoration: mark === 'del' ? 'line-through' : 'underline',
    borderRadius: 0.5,
  });
}
