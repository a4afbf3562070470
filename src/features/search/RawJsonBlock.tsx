import type { ReactNode } from 'react';
import { Box } from '@mui/material';

/** A record's raw JSON as the drawer shows it: a focusable, scrolling, wrapped block. */
export function RawJsonBlock({ children }: { children: ReactNode }) {
  return (
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
      {children}
    </Box>
  );
}
