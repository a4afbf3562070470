import { FormControl, InputLabel, MenuItem, Select } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { meQuery } from '../../api/me';
import { roleSchema, type Role } from '../../api/schemas/me';
import { mockControls } from './mockControls';

const LABELS: Record<Role, string> = {
  owner: 'Owner',
  auditor: 'Auditor',
  member: 'Member (no audit access)',
};

/**
 * Mock mode only: lets a demo user try each role. The mock keeps the choice across reloads
 * and enforces it on every request; the console refetches everything to follow it.
 */
export function RoleSwitcher() {
  const me = useQuery(meQuery);
  const client = useQueryClient();
  const controls = mockControls();
  if (!controls || !me.data) return null;
  return (
    <FormControl size="small" sx={{ minWidth: 150 }}>
      <InputLabel id="demo-role-label">Role</InputLabel>
      <Select
        labelId="demo-role-label"
        label="Role"
        value={me.data.role}
        onChange={(event) => {
          const role = roleSchema.parse(event.target.value);
          controls.set({ role });
          void client.invalidateQueries();
        }}
      >
        {roleSchema.options.map((role) => (
          <MenuItem key={role} value={role}>
            {LABELS[role]}
          </MenuItem>
        ))}
      </Select>
    </FormControl>
  );
}
