import { Fragment, memo, type MouseEvent } from 'react';
import { Box, List, ListItem, ListItemButton, ListItemText, ListSubheader, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { meQuery } from '../api/me';
import { READ_AUDIT_LOGS } from '../api/schemas/me';
import { settingsNav } from '../features/settings/routes';
import { useCanManageSettings } from '../features/settings/useCanManageSettings';
import { useSignInServer } from '../features/session/useSignInServer';
import { streamNav } from '../features/streams/nav';
import { hrefs } from '../lib/links';
import { followInApp } from '../lib/navigation';

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

interface NavMenuProps {
  pathname: string;
  /** after a link is followed: the temporary drawer closes */
  onNavigate?: () => void;
}

// Memoised on the path: a search (a change of the query string) leaves the menu alone.
export const NavMenu = memo(function NavMenu({ pathname, onNavigate }: NavMenuProps) {
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
                    onClick={(e: MouseEvent<HTMLAnchorElement>) => {
                      followInApp(e, item.to);
                      onNavigate?.();
                    }}
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
