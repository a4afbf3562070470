import { Fragment, Suspense, memo, type MouseEvent } from 'react';
import {
  AppBar,
  Box,
  Chip,
  Drawer,
  LinearProgress,
  List,
  ListItem,
  ListItemButton,
  ListItemText,
  ListSubheader,
  Toolbar,
  Typography,
} from '@mui/material';
import { Outlet, useLocation, useNavigation } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { meQuery } from '../api/me';
import { READ_AUDIT_LOGS } from '../api/schemas/me';
import { settingsNav } from '../features/settings/routes';
import { useCanManageSettings } from '../features/settings/useCanManageSettings';
import { useSignInServer } from '../features/session/useSignInServer';
import { streamNav } from '../features/streams/nav';
import { RoleSwitcher } from '../features/session/RoleSwitcher';
import { SignOutButton } from '../features/session/SignOutButton';
import { SignInNotice } from '../components/SignInNotice';
import { ThemeMenu } from './ThemeMenu';
import { TimeZoneSwitch } from './TimeZoneSwitch';
import { hrefs } from '../lib/links';
import { followInApp } from '../lib/navigation';

const NAV_WIDTH = 200;

interface NavGroup {
  id: string;
  /** a heading for the group; the first group (Overview) has none */
  title?: string;
  items: readonly { to: string; title: string; signInOwners?: true }[];
}

const NAV_GROUPS: NavGroup[] = [
  { id: 'nav-home', items: [{ to: '/overview', title: 'Overview' }] },
  {
    id: 'nav-audit-logs',
    title: 'Audit logs',
    items: [
      ...streamNav.map((item) => ({ to: hrefs.stream(item.stream), title: item.title })),
      { to: '/timeline', title: 'Timeline' },
    ],
  },
  { id: 'nav-reference', title: 'Reference', items: [{ to: '/event-types', title: 'Event types' }] },
  { id: 'nav-settings', title: 'Settings', items: settingsNav },
];

/** Where `to` is the current page or a page under it (as React Router's NavLink decides). */
function isActive(pathname: string, to: string): boolean {
  return pathname === to || pathname.startsWith(`${to}/`);
}

// Memoised on the path: a search (a change of the query string) leaves the menu alone.
const NavMenu = memo(function NavMenu({ pathname }: { pathname: string }) {
  // the demo has no sessions: no entry for a page with nothing to show
  const signInServer = useSignInServer();
  const canManage = useCanManageSettings();
  const sessionsShown = signInServer && canManage;
  const me = useQuery(meQuery);
  // every page reads audit logs: a role without the permission is told so once, not refused by each item
  if (me.data && !me.data.permissions.includes(READ_AUDIT_LOGS))
    return (
      <Box component="nav" aria-label="Main" sx={{ p: 2 }}>
        <Typography variant="body2" color="text.secondary">
          Your role ({me.data.role}) opens no page of this console: ask an owner for the “{READ_AUDIT_LOGS}”
          permission.
        </Typography>
      </Box>
    );
  return (
    <Box component="nav" aria-label="Main">
      {NAV_GROUPS.map((group) => (
        <Fragment key={group.id}>
          {group.title && (
            <ListSubheader component="h2" id={group.id} sx={{ lineHeight: 2.5, mt: 1 }}>
              {group.title}
            </ListSubheader>
          )}
          <List dense aria-labelledby={group.title ? group.id : undefined}>
            {group.items.map((item) => {
              if (item.signInOwners && !sessionsShown) return null;
              const active = isActive(pathname, item.to);
              return (
                <ListItem key={item.to} disablePadding>
                  <ListItemButton
                    component="a"
                    href={item.to}
                    onClick={(e: MouseEvent<HTMLAnchorElement>) => followInApp(e, item.to)}
                    aria-current={active ? 'page' : undefined}
                    className={active ? 'active' : undefined}
                    sx={{ '&.active': { bgcolor: 'action.selected', fontWeight: 600 } }}
                  >
                    <ListItemText primary={item.title} />
                  </ListItemButton>
                </ListItem>
              );
            })}
          </List>
        </Fragment>
      ))}
    </Box>
  );
});

const TopBarContent = memo(function TopBarContent() {
  const me = useQuery(meQuery);
  return (
    <Toolbar variant="dense" sx={{ gap: 2 }}>
      <Typography variant="h6" component="p" sx={{ fontWeight: 600 }}>
        Audit Console
      </Typography>
      {me.data && (
        <Chip size="small" label={me.data.org.name} aria-label={`Organisation: ${me.data.org.name}`} />
      )}
      <Box sx={{ flex: 1 }} />
      <RoleSwitcher />
      <TimeZoneSwitch />
      <ThemeMenu />
      {me.data && (
        <Box sx={{ textAlign: 'right', lineHeight: 1.1 }} aria-label="Signed in user">
          <Typography variant="body2">{me.data.user.name}</Typography>
          <Typography variant="caption" color="text.secondary">
            {me.data.user.email} · {me.data.role}
          </Typography>
        </Box>
      )}
      <SignOutButton />
    </Toolbar>
  );
});

export function Shell() {
  const navigation = useNavigation();
  const { pathname } = useLocation();
  return (
    <Box sx={{ display: 'flex', height: '100vh' }}>
      <AppBar position="fixed" color="default" elevation={1} sx={{ zIndex: (t) => t.zIndex.drawer + 1 }}>
        <TopBarContent />
        {navigation.state === 'loading' && (
          <LinearProgress
            aria-label="Loading page"
            sx={{ position: 'absolute', bottom: 0, left: 0, right: 0 }}
          />
        )}
      </AppBar>
      <Drawer
        variant="permanent"
        sx={{ width: NAV_WIDTH, flexShrink: 0, '& .MuiDrawer-paper': { width: NAV_WIDTH } }}
      >
        <Toolbar variant="dense" />
        <NavMenu pathname={pathname} />
      </Drawer>
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
