import { Box, Button, Typography } from '@mui/material';
import { Link as RouterLink, useLocation } from 'react-router';
import { usePageTitle } from '../lib/usePageTitle';

export function NotFound() {
  const location = useLocation();
  usePageTitle('Page not found');
  return (
    <Box component="section" sx={{ p: 4, maxWidth: 640 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        Page not found
      </Typography>
      <Typography sx={{ mb: 2 }}>
        There is no page at <code>{location.pathname}</code>. The link may be mistyped, or the page may have
        moved.
      </Typography>
      <Button component={RouterLink} to="/" variant="contained">
        Go to the console
      </Button>
    </Box>
  );
}
