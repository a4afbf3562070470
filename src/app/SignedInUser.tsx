import { Box, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { meQuery } from '../api/me';

/** Who is signed in: name, then email and role (and, where the app bar has no room, the organisation). */
export function SignedInUser({
  showOrg = false,
  align = 'left',
}: {
  showOrg?: boolean;
  align?: 'left' | 'right';
}) {
  const me = useQuery(meQuery);
  if (!me.data) return null;
  return (
    <Box sx={{ textAlign: align, lineHeight: 1.1, overflowWrap: 'anywhere' }} aria-label="Signed in user">
      <Typography variant="body2">{me.data.user.name}</Typography>
      <Typography variant="caption" color="text.secondary">
        {me.data.user.email} · {me.data.role}
      </Typography>
      {showOrg && (
        <Typography variant="caption" component="p" color="text.secondary">
          {me.data.org.name}
        </Typography>
      )}
    </Box>
  );
}
