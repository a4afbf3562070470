import type { ReactElement } from 'react';
import { Chip, type ChipProps } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import RemoveIcon from '@mui/icons-material/Remove';
import EditIcon from '@mui/icons-material/Edit';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import HorizontalRuleIcon from '@mui/icons-material/HorizontalRule';
import type { RowLabel } from './model';

// Icon and text carry the meaning; colour only reinforces it. The palette's main colours are tuned for
// AA contrast as text on paper in both modes, which is how an outlined chip uses them.
const LOOKS: Record<RowLabel, { icon: ReactElement; color: ChipProps['color'] }> = {
  added: { icon: <AddIcon />, color: 'success' },
  removed: { icon: <RemoveIcon />, color: 'error' },
  changed: { icon: <EditIcon />, color: 'primary' },
  'type changed': { icon: <SwapHorizIcon />, color: 'secondary' },
  unchanged: { icon: <HorizontalRuleIcon />, color: 'default' },
};

export function ChangeChip({ label }: { label: RowLabel }) {
  const { icon, color } = LOOKS[label];
  return <Chip size="small" variant="outlined" icon={icon} color={color} label={label} />;
}
