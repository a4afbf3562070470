import { Suspense, memo, useCallback, useState } from 'react';
import {
  AppBar,
  Box,
  Chip,
  Drawer,
  IconButton,
  LinearProgress,
  Toolbar,
  Typography,
  useMediaQuery,
  type Theme,
} from '@mui/material';
import MenuIcon from '@mui/icons-material/Menu';
import { Outlet, useLocation, useNavigation } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { meQuery } from '../api/me';
import { RoleSwitcher } from '../features/session/RoleSwitcher';
import { SignOutButton } from '../features/session/SignOutButton';
import { SignInNotice } from '../components/SignInNotice';
import { AccountMenu } from './AccountMenu';
import { NavMenu } from './NavMenu';
import { SignedInUser } from './SignedInUser';
import { ThemeMenu } from './ThemeMenu';
import { TimeZoneSwitch } from './TimeZoneSwitch';

const NAV_WIDTH = 200;
const NAV_ID = 'main-navigation';

/**
 * From MUI's `md` (900 px) the menu stays beside the page, and from `lg` (1200 px) every control
 * fits in the app bar; narrower screens (phones, tablets) open them from buttons.
 */
const useWiderThan = (size: 'md' | 'lg') =>
  useMediaQuery((t: Theme) => t.breakpoints.up(size), { noSsr: true });

const TopBarContent = memo(function TopBarContent({
  wide,
  navShown,
  navOpen,
  onOpenNav,
}: {
  /** room for every control */
  wide: boolean;
  /** the menu is beside the page: no button for it */
  navShown: boolean;
  navOpen: boolean;
  onOpenNav: () => void;
}) {
  const me = useQuery(meQuery);
  return (
    <Toolbar variant="dense" sx={{ gap: wide ? 2 : 1 }}>
      {!navShown && (
        <IconButton
          edge="start"
          aria-label="Open navigation"
          aria-controls={navOpen ? NAV_ID : undefined}
          aria-expanded={navOpen}
          onClick={onOpenNav}
        >
          <MenuIcon />
        </IconButton>
      )}
      <Typography variant="h6" component="p" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
        Audit Console
      </Typography>
      {me.data && (
        <Chip
          size="small"
          label={me.data.org.name}
          aria-label={`Organisation: ${me.data.org.name}`}
          // on a phone the organisation is named in the account panel instead
          sx={{ display: { xs: 'none', sm: 'inline-flex' }, minWidth: 0 }}
        />
      )}
      <Box sx={{ flex: 1 }} />
      {wide ? (
        <>
          <RoleSwitcher />
          <TimeZoneSwitch />
          <ThemeMenu />
          <SignedInUser align="right" />
          <SignOutButton />
        </>
      ) : (
        <AccountMenu />
      )}
    </Toolbar>
  );
});

export function Shell() {
  const navigation = useNavigation();
  const { pathname } = useLocation();
  const wide = useWiderThan('md');
  const barWide = useWiderThan('lg');
  const [navOpen, setNavOpen] = useState(false);
  // widened past the breakpoint with the drawer open: it is not to reopen when narrowed again
  if (wide && navOpen) setNavOpen(false);
  const openNav = useCallback(() => setNavOpen(true), []);
  const closeNav = useCallback(() => setNavOpen(false), []);
  return (
    <Box sx={{ display: 'flex', height: '100vh' }}>
      <AppBar position="fixed" color="default" elevation={1} sx={{ zIndex: (t) => t.zIndex.drawer + 1 }}>
        <TopBarContent wide={barWide} navShown={wide} navOpen={navOpen} onOpenNav={openNav} />
        {navigation.state === 'loading' && (
          <LinearProgress
            aria-label="Loading page"
            sx={{ position: 'absolute', bottom: 0, left: 0, right: 0 }}
          />
        )}
      </AppBar>
      {wide ? (
        <Drawer
          variant="permanent"
          sx={{ width: NAV_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: NAV_WIDTH } }}
        >
          <Toolbar variant="dense" />
          <NavMenu pathname={pathname} />
        </Drawer>
      ) : (
        <Drawer
          id={NAV_ID}
          variant="temporary"
          open={navOpen}
          onClose={closeNav}
          // MUI makes the drawer's paper a modal dialog: it needs a name
          slotProps={{ paper: { 'aria-label': 'Navigation' } }}
          // over the app bar, which is above a permanent drawer
          sx={{
            zIndex: (t) => t.zIndex.drawer + 2,
            '& .MuiDrawer-paper': { width: Math.max(NAV_WIDTH, 260), maxWidth: '85vw' },
          }}
        >
          <Toolbar variant="dense">
            <Typography variant="h6" component="p" sx={{ fontWeight: 600 }}>
              Audit Console
            </Typography>
          </Toolbar>
          <NavMenu pathname={pathname} onNavigate={closeNav} />
        </Drawer>
      )}
      <Box component="main" sx={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <Toolbar variant="dense" />
        <SignInNotice />
        <Suspense fallback={<LinearProgress aria-label="Loading page" />}>
          <Outlet />
        </Suspense>
      </Box>
    </Box>
  );
}
