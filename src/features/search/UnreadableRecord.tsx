import { Alert, AlertTitle, Typography } from '@mui/material';
import type { Unreadable } from '../../api/readRecord';
import { maskSecretsDeep } from '../diff/mask';
import { RawJsonBlock } from './RawJsonBlock';

/** A record the console could not read: why, and what the server sent (its secrets masked). */
export function UnreadableRecord({ unreadable }: { unreadable: Unreadable }) {
  return (
    <>
      <Alert severity="error">
        <AlertTitle>This record could not be read</AlertTitle>
        {unreadable.reason}. The other records of the search are shown as usual; this is what the server sent
        for it.
      </Alert>
      <Typography variant="subtitle1" component="h3" sx={{ mt: 3, mb: 1 }}>
        Raw JSON
      </Typography>
      <RawJsonBlock>{JSON.stringify(maskSecretsDeep(unreadable.raw), null, 2)}</RawJsonBlock>
    </>
  );
}
