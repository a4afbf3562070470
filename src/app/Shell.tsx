import { Fragment, Suspense } from 'react';
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
import { NavLink, Outlet, useNavigation } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { meQuery } from '../api/me';
import { settingsNav } from '../features/settings/routes';
import { streamNav } from '../features/streams/nav';
import { RoleSwitcher } from '../features/session/RoleSwitcher';
import { ThemeMenu } from './ThemeMenu';
import { TimeZoneSwitch } from './TimeZoneSwitch';

const NAV_WIDTH = 200;

interface NavGroup {
  id: string;
  /** a heading for the group; the first group (Overview) has none */
  title?: string;
  items: readonly { to: string; title: string }[];
}

const NAV_GROUPS: NavGroup[] = [
  { id: 'nav-home', items: [{ to: '/overview', title: 'Overview' }] },
  {
    id: 'nav-audit-logs',
    title: 'Audit logs',
    items: streamNav.map((item) => ({ to: `/audit/${item.stream}`, title: item.title })),
  },
  { id: 'nav-reference', title: 'Reference', items: [{ to: '/event-types', title: 'Event types' }] },
  { id: 'nav-settings', title: 'Settings', items: settingsNav },
];

export function Shell() {
  const me = useQuery(meQuery);
  const navigation = useNavigation();
  return (
    <Box sx={{ display: 'flex', height: '100vh' }}>
      <AppBar position="fixed" color="default" elevation={1} sx={{ zIndex: (t) => t.zIndex.drawer + 1 }}>
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
        </Toolbar>
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
        <Box component="nav" aria-label="Main">
          {NAV_GROUPS.map((group) => (
            <Fragment key={group.id}>
              {group.title && (
                <ListSubheader component="h2" id={group.id} sx={{ lineHeight: 2.5, mt: 1 }}>
                  {group.title}
                </ListSubheader>
              )}
              <List dense aria-labelledby={group.title ? group.id : undefined}>
                {group.items.map((item) => (
                  <ListItem key={item.to} disablePadding>
                    <ListItemButton
                      component={NavLink}
                      to={item.to}
                      sx={{ '&.active': { bgcolor: 'action.selected', fontWeight: 600 } }}
                    >
                      <ListItemText primary={item.title} />
                    </ListItemButton>
                  </ListItem>
                ))}
              </List>
            </Fragment>
          ))}
        </Box>
      </Drawer>
      <Box component="main" sx={{ flex: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <Toolbar variant="dense" />
        <Suspense fallback={<LinearProgress aria-label="Loading page" />}>
          <Outlet />
        </Suspense>
      </Box>
    </Box>
  );
}
