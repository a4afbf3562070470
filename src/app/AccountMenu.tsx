import { useId, useState } from 'react';
import { Box, Divider, IconButton, Popover, Stack, Typography } from '@mui/material';
import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import { RoleSwitcher } from '../features/session/RoleSwitcher';
import { SignOutButton } from '../features/session/SignOutButton';
import { SignedInUser } from './SignedInUser';
import { ThemeMenu } from './ThemeMenu';
import { TimeZoneSwitch } from './TimeZoneSwitch';

/**
 * The app bar's controls at phone and tablet widths, where they cannot sit side by side: one
 * button opens them as a panel (a dialog, not a menu: it holds form controls, not commands).
 */
export function AccountMenu() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const titleId = useId();
  const open = anchor !== null;
  return (
    <>
      <IconButton
        aria-label="Account and display"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={(event) => setAnchor(event.currentTarget)}
        edge="end"
      >
        <AccountCircleIcon />
      </IconButton>
      <Popover
        open={open}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{
          paper: { role: 'dialog', 'aria-labelledby': titleId, sx: { p: 2, maxWidth: 'calc(100vw - 32px)' } },
        }}
      >
        <Stack sx={{ gap: 1.5 }}>
          <Typography id={titleId} variant="subtitle2" component="h2">
            Account and display
          </Typography>
          <SignedInUser showOrg />
          <Divider />
          <RoleSwitcher />
          <Box>
            <Typography variant="caption" component="p" color="text.secondary">
              Times
            </Typography>
            <TimeZoneSwitch />
          </Box>
          <Box>
            <Typography variant="caption" component="p" color="text.secondary">
              Theme
            </Typography>
            <ThemeMenu />
          </Box>
          <SignOutButton />
        </Stack>
      </Popover>
    </>
  );
}
