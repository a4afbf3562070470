import { Fragment, useMemo } from 'react';
import { Box } from '@mui/material';
import type { Theme } from '@mui/material/styles';
import { splitHidden, type HiddenChar } from '../api/hiddenChars';

const markSx = (theme: Theme) => ({
  display: 'inline-block',
  px: '2px',
  mx: '1px',
  border: 1,
  borderColor: theme.palette.warning.main,
  borderRadius: 0.5,
  bgcolor: theme.alpha(theme.palette.warning.main, 0.2),
  color: theme.palette.text.primary,
  fontFamily: 'monospace',
  fontSize: '0.85em',
  lineHeight: 1.3,
  whiteSpace: 'nowrap',
});

/** One hidden character, drawn as its code point and read out by name. */
function HiddenMark({ char }: { char: HiddenChar }) {
  const label = `hidden character ${char.token.slice(1, -1)}, ${char.name}`;
  return (
    <Box component="span" role="img" aria-label={label} title={label} sx={markSx}>
      {char.token}
    </Box>
  );
}

/**
 * A record or user value with every control, bidirectional and invisible character shown as
 * a marked `⟨U+202E⟩`, so `invoice\u202Efdp.exe` cannot pass for "invoiceexe.pdf" and
 * `ad\u200Bmin` cannot pass for `admin`. Only the display changes: copy and search use the
 * raw value. `multiline` keeps line feeds as line breaks (for text shown pre-wrapped).
 */
export function VisibleText({ text, multiline = false }: { text: string; multiline?: boolean }) {
  const parts = useMemo(() => splitHidden(text, multiline ? '\t\n' : '\t'), [text, multiline]);
  if (parts.length === 1 && typeof parts[0] === 'string') return <>{text}</>;
  return (
    <>
      {parts.map((part, i) =>
        typeof part === 'string' ? <Fragment key={i}>{part}</Fragment> : <HiddenMark key={i} char={part} />,
      )}
    </>
  );
}
