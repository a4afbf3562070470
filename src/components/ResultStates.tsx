import { Alert, AlertTitle, Box, Button, CircularProgress, Stack, Typography } from '@mui/material';

export function LoadingState() {
  return (
    <Stack role="status" spacing={1} sx={{ alignItems: 'center', p: 6 }}>
      <CircularProgress aria-hidden />
      <Typography>Loading records…</Typography>
    </Stack>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <Box sx={{ p: 2 }}>
      <Alert
        severity="error"
        role="alert"
        action={
          <Button color="inherit" onClick={onRetry}>
            Retry
          </Button>
        }
      >
        <AlertTitle>Records could not be loaded</AlertTitle>
        {message}
      </Alert>
    </Box>
  );
}

/** "No match" and "nothing yet" need different next steps, so they read differently. */
export function EmptyState(props: { searching: boolean; onClear: () => void; onAllTime: () => void }) {
  return (
    <Stack role="status" spacing={1} sx={{ alignItems: 'center', p: 6, textAlign: 'center' }}>
      {props.searching ? (
        <>
          <Typography variant="h6" component="p">
            No records match this search
          </Typography>
          <Typography color="text.secondary">Try removing a filter or widening the time range.</Typography>
          <Stack direction="row" spacing={1}>
            <Button onClick={props.onClear}>Clear the query</Button>
            <Button onClick={props.onAllTime}>Search all time</Button>
          </Stack>
        </>
      ) : (
        <>
          <Typography variant="h6" component="p">
            No records yet
          </Typography>
          <Typography color="text.secondary">
            Records appear here as soon as the first ones are written.
          </Typography>
        </>
      )}
    </Stack>
  );
}
