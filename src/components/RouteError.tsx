import { Alert, AlertTitle, Box, Button } from '@mui/material';
import { useRouteError } from 'react-router';

/** Last line of defence: a render error shows what happened and a way out, never a blank page. */
export function RouteError() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Box sx={{ p: 4 }}>
      <Alert severity="error" action={<Button onClick={() => window.location.reload()}>Reload</Button>}>
        <AlertTitle>Something went wrong on this page</AlertTitle>
        {message}
      </Alert>
    </Box>
  );
}
