import { useState } from 'react';
import {
  Box,
  Button,
  Checkbox,
  Divider,
  FormControlLabel,
  IconButton,
  Popover,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material';
import ViewColumnIcon from '@mui/icons-material/ViewColumn';
import ArrowUpwardIcon from '@mui/icons-material/ArrowUpward';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import { DEFAULT_PREFS, type Density } from './columnPrefs';
import { useSearch } from './controller';

/** Show, hide and reorder the page's columns and pick the density; by keyboard as well as mouse. */
export function ColumnsMenu() {
  const { definition, columns } = useSearch();
  const { prefs, setPrefs, order, visible } = columns;
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const header = new Map(definition.columns.map((c) => [c.field, c.header]));

  const toggle = (field: string) => {
    const next = new Set(visible);
    if (next.has(field)) {
      if (next.size === 1) return; // keep at least one column
      next.delete(field);
    } else next.add(field);
    setPrefs({ ...prefs, visible: order.filter((f) => next.has(f)) });
  };
  const move = (index: number, by: number) => {
    const next = [...order];
    const [field] = next.splice(index, 1);
    if (field === undefined) return;
    next.splice(index + by, 0, field);
    setPrefs({ ...prefs, order: next });
  };

  return (
    <>
      <Button
        size="small"
        startIcon={<ViewColumnIcon />}
        onClick={(e) => setAnchor(e.currentTarget)}
        aria-haspopup="dialog"
        aria-keyshortcuts="c"
      >
        Columns
      </Button>
      <Popover
        open={!!anchor}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{
          paper: { role: 'dialog', 'aria-label': 'Columns and density', sx: { p: 2, width: 340 } },
        }}
      >
        <Typography variant="subtitle2" component="h2">
          Density
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={prefs.density}
          aria-label="Row density"
          onChange={(_, density: Density | null) => density && setPrefs({ ...prefs, density })}
          sx={{ my: 1 }}
        >
          <ToggleButton value="compact">Compact</ToggleButton>
          <ToggleButton value="standard">Standard</ToggleButton>
          <ToggleButton value="comfortable">Comfortable</ToggleButton>
        </ToggleButtonGroup>
        <Divider sx={{ my: 1 }} />
        <Typography variant="subtitle2" component="h2">
          Columns
        </Typography>
        <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, maxHeight: 360, overflow: 'auto' }}>
          {order.map((field, index) => {
            const name = header.get(field) ?? field;
            return (
              <Stack component="li" key={field} direction="row" sx={{ alignItems: 'center' }}>
                <FormControlLabel
                  sx={{ flex: 1, mr: 0 }}
                  control={
                    <Checkbox size="small" checked={visible.has(field)} onChange={() => toggle(field)} />
                  }
                  label={name}
                />
                <IconButton
                  size="small"
                  aria-label={`Move ${name} up`}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  <ArrowUpwardIcon fontSize="inherit" />
                </IconButton>
                <IconButton
                  size="small"
                  aria-label={`Move ${name} down`}
                  disabled={index === order.length - 1}
                  onClick={() => move(index, 1)}
                >
                  <ArrowDownwardIcon fontSize="inherit" />
                </IconButton>
              </Stack>
            );
          })}
        </Box>
        <Divider sx={{ my: 1 }} />
        <Button size="small" onClick={() => setPrefs(DEFAULT_PREFS)}>
          Reset columns
        </Button>
      </Popover>
    </>
  );
}
