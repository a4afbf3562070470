import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AuditRecord, StreamContract } from '../../api/streams';
import { readSearchParams, writeSearchParams, type SearchState } from './searchState';

/** The search as the URL holds it; every change is a navigation, so back/forward just work. */
export function useSearchState(contract: StreamContract<AuditRecord>) {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` is params' identity by value
  const { state, notices } = useMemo(() => readSearchParams(params, contract), [key, contract]);

  const update = useCallback(
    (patch: Partial<SearchState>, options: { replace?: boolean } = {}) => {
      setParams(
        (current) => writeSearchParams({ ...readSearchParams(current, contract).state, ...patch }, contract),
        {
          replace: options.replace,
        },
      );
    },
    [setParams, contract],
  );

  return { state, notices, update };
}
