import { useEffect, useState } from 'react';
import { Alert, Button } from '@mui/material';
import { requestTimeouts } from '../../api/timeouts';
import { useSearch } from './controller';

function seconds(ms: number): string {
  const n = Math.max(1, Math.round(ms / 1000));
  return `${n} second${n === 1 ? '' : 's'}`;
}

/** True once `key` has stayed active for `ms`; a new key starts again. */
function useActiveFor(active: boolean, key: string, ms: number): boolean {
  const [reached, setReached] = useState<string | null>(null);
  useEffect(() => {
    if (!active) return;
    const timer = setTimeout(() => setReached(key), ms);
    return () => clearTimeout(timer);
  }, [active, key, ms]);
  return active && reached === key;
}

/**
 * What a search waiting for the server says: that the rows still shown are the previous
 * search's, and, after a few seconds, that the server is slow, with Cancel.
 */
export function SearchProgress() {
  const { pages, state, cancel } = useSearch();
  const { query } = pages;
  const waiting = query.isFetching && !query.isFetchingNextPage;
  const [{ slowMs }] = useState(requestTimeouts);
  const slow = useActiveFor(waiting, JSON.stringify({ ...state, record: null }), slowMs);
  // a first search shows "Loading records…" in the grid's place until it is slow
  if (!waiting || (query.isPending && !slow)) return null;
  const previous = query.isPlaceholderData ? ' The records below are from the previous search.' : '';
  return (
    <Alert
      severity={slow ? 'warning' : 'info'}
      role="status"
      sx={{ py: 0 }}
      action={
        slow && (
          <Button color="inherit" size="small" onClick={cancel}>
            Cancel
          </Button>
        )
      }
    >
      {slow
        ? `The server is slow: still searching after ${seconds(slowMs)}.${previous}`
        : `Searching…${previous}`}
    </Alert>
  );
}
