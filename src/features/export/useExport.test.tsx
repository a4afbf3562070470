// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExportProgress } from '../../api/export';
import { useExport } from './useExport';

let report: (progress: ExportProgress) => void = () => undefined;
vi.mock('../../api/export', () => ({
  // an export whose body stops after some records: it never finishes on its own
  fetchExport: (_request: unknown, options: { onProgress: (p: ExportProgress) => void }) => {
    report = options.onProgress;
    return new Promise(() => undefined);
  },
}));

afterEach(() => vi.useRealTimers());

describe('useExport progress', () => {
  it('shows the last count of a download that stalls, once the progress interval ends', () => {
    vi.useFakeTimers();
    const { result } = renderHook(() => useExport());
    act(() => void result.current.start({ stream: 'access', format: 'csv' }, 'access.csv'));
    act(() => report({ written: 0, total: 5_000 }));
    expect(result.current.status).toEqual({ kind: 'running', written: 0, total: 5_000 });

    // the next chunk comes within the interval, and then nothing more
    act(() => report({ written: 1_000, total: 5_000 }));
    expect(result.current.status).toEqual({ kind: 'running', written: 0, total: 5_000 });
    act(() => vi.advanceTimersByTime(200));
    expect(result.current.status).toEqual({ kind: 'running', written: 1_000, total: 5_000 });
  });
});
