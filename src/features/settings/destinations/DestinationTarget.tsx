import { Typography } from '@mui/material';
import { unicodeHostOf } from '../../../api/punycode';
import type { Destination } from '../../../api/schemas/destinations';
import { VisibleText } from '../../../components/VisibleText';

/**
 * Where a destination sends records: the URL as stored (an internationalised host in
 * punycode) and, when it has one, the host as it reads in Unicode, so a look-alike host
 * shows for what it is.
 */
export function DestinationTarget({ destination: d }: { destination: Destination }) {
  const unicode = d.url ? unicodeHostOf(d.url) : null;
  return (
    <>
      <VisibleText text={d.url ?? d.path ?? ''} />
      {unicode && (
        <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
          Unicode host: <VisibleText text={unicode} />
        </Typography>
      )}
    </>
  );
}
