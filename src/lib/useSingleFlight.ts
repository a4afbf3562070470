import { useCallback, useRef } from 'react';

/**
 * Runs one submission at a time: a second click (or Enter) while the first request is in
 * flight is ignored, even before React has re-rendered the disabled button.
 */
export function useSingleFlight() {
  const busy = useRef(false);
  return useCallback(async (run: () => Promise<void>): Promise<void> => {
    if (busy.current) return;
    busy.current = true;
    try {
      await run();
    } finally {
      busy.current = false;
    }
  }, []);
}
