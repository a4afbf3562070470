import { MenuItem } from '@mui/material';
import { Link as RouterLink } from 'react-router';
import { ENTITY_NOUN, entityKindOf } from '../lib/entityLinks';
import { hrefs } from '../lib/links';

/** "Open user page" (source IP, device) on a value's menu, when the field names one; nothing otherwise. */
export function EntityPageMenuItem({ field, value }: { field: string; value: string }) {
  const kind = entityKindOf(field);
  if (kind === null || value === '') return null;
  return (
    <MenuItem component={RouterLink} to={hrefs.entity(kind, value)}>
      Open {ENTITY_NOUN[kind]} page
    </MenuItem>
  );
}
