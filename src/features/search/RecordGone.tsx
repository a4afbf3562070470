import { Alert, AlertTitle } from '@mui/material';

/**
 * What a link to a record that is not stored (any more) opens: said plainly, without a Retry
 * that could not help, and without showing any other record in its place.
 */
export function RecordGone({ streamTitle, id }: { streamTitle: string; id: string }) {
  return (
    <Alert severity="warning">
      <AlertTitle>This record no longer exists</AlertTitle>
      No {streamTitle.toLowerCase()} record has the id "<code dir="ltr">{id}</code>". It may have been deleted
      by the retention policy, or the link was made from other data (another demo data set or server).
    </Alert>
  );
}
