// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import type { AuditRecord } from '../../api/streams';
import { useRecordStepper } from './useRecordStepper';

const rows = ['a', 'b', 'c', 'd'].map((id) => ({ id }) as AuditRecord);
const pages = (hasNextPage: boolean, next: readonly AuditRecord[] = []) => ({
  hasNextPage,
  isFetchingNextPage: false,
  fetchNextPage: vi.fn(async () => ({ data: { pages: [{ items: [...rows, ...next] }] } })) as never,
});

describe('useRecordStepper', () => {
  it('moves one record per press even before the URL has rendered the last step', () => {
    const go = vi.fn();
    const { result, rerender } = renderHook(({ id }) => useRecordStepper(rows, 4, id, pages(false), go), {
      initialProps: { id: 'a' as string | null },
    });
    act(() => {
      result.current.onNext?.();
      result.current.onNext?.();
    });
    expect(go.mock.calls).toEqual([['b'], ['c']]);
    // Esc now returns focus to the row of the last step, though the URL still says a
    expect(result.current.latest()).toBe('c');
    // the first step renders while the second is on its way: it does not take the count back
    rerender({ id: 'b' });
    act(() => result.current.onPrevious?.());
    expect(go).toHaveBeenLastCalledWith('b');
    rerender({ id: 'c' });
    expect(result.current.position).toBe('3 of 4');
  });

  it('past the last loaded record, loads the next page and opens its first record', async () => {
    const go = vi.fn();
    const more = pages(true, [{ id: 'e' } as AuditRecord]);
    const { result } = renderHook(() => useRecordStepper(rows, 5, 'd', more, go));
    expect(result.current.onNext).toBeDefined();
    await act(async () => result.current.onNext?.());
    expect(more.fetchNextPage).toHaveBeenCalledWith({ cancelRefetch: false });
    expect(go).toHaveBeenCalledWith('e');
  });

  it('has no Previous on the first record and no Next on the last of all', () => {
    const first = renderHook(() => useRecordStepper(rows, 4, 'a', pages(false), vi.fn()));
    expect(first.result.current.onPrevious).toBeUndefined();
    const last = renderHook(() => useRecordStepper(rows, 4, 'd', pages(false), vi.fn()));
    expect(last.result.current.onNext).toBeUndefined();
  });
});
