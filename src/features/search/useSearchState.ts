import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AuditRecord, StreamContract } from '../../api/streams';
import { readSearchParams, writeSearchParams, type SearchState } from './searchState';

/**
 * The search as the URL holds it; every change is a navigation, so back/forward just work.
 * `onChange` hears of a change before React renders it (to start its request early).
 */
export function useSearchState(
  contract: StreamContract<AuditRecord>,
  onChange?: (next: SearchState) => void,
) {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is params' identity by value
  const { state, notices } = useMemo(() => readSearchParams(params, contract), [key, contract]);

  const update = useCallback(
    (patch: Partial<SearchState>, options: { replace?: boolean } = {}) => {
      setParams(
        (current) => {
          const next = { ...readSearchParams(current, contract).state, ...patch };
          onChange?.(next);
          return writeSearchParams(next, contract);
        },
        { replace: options.replace },
      );
    },
    [setParams, contract, onChange],
  );

  return { state, notices, update };
}
