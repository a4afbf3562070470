// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/errors';
import { useVersionedWrite, type VersionedWriteOptions } from './useVersionedWrite';

interface Doc {
  name: string;
  etag: string;
}

const stale = () => new ApiError({ kind: 'http', method: 'PUT', path: '/docs/1', status: 412 });
const mine: Doc = { name: 'Mine', etag: '"v1"' };
const theirs: Doc = { name: 'Theirs', etag: '"v2"' };

/** A promise settled by hand, so a test says exactly when the server answers. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

function setup(overrides: Partial<VersionedWriteOptions<Doc, string, Doc>> = {}) {
  const options = {
    write: vi.fn((against: Doc, draft: string) => Promise.resolve({ name: draft, etag: `${against.etag}+` })),
    reread: vi.fn(() => Promise.resolve(theirs)),
    onSaved: vi.fn(),
    onError: vi.fn(),
    onTakeTheirs: vi.fn(),
    ...overrides,
  };
  const { result } = renderHook(() => useVersionedWrite<Doc, string, Doc>(options));
  return { options, result };
}

describe('useVersionedWrite', () => {
  it('saves the draft over the version it names', async () => {
    const { options, result } = setup();
    await act(() => result.current.save(mine, 'Renamed'));
    expect(options.write).toHaveBeenCalledWith(mine, 'Renamed');
    expect(options.onSaved).toHaveBeenCalledWith({ name: 'Renamed', etag: '"v1"+' }, mine, 'Renamed');
    expect(options.onError).not.toHaveBeenCalled();
    expect(result.current.conflict).toBeNull();
  });

  it('on a 412 reads the current version; "Keep mine" writes the same draft with its ETag', async () => {
    const write = vi
      .fn<(against: Doc, draft: string) => Promise<Doc>>()
      .mockRejectedValueOnce(stale())
      .mockImplementation((against, draft) => Promise.resolve({ name: draft, etag: `${against.etag}+` }));
    const { options, result } = setup({ write });
    await act(() => result.current.save(mine, 'Renamed'));
    expect(options.reread).toHaveBeenCalledWith(mine);
    expect(result.current.conflict).toEqual({ theirs, mine: 'Renamed' });
    expect(result.current.dialog.open).toBe(true);
    expect(options.onError).not.toHaveBeenCalled();

    await act(async () => result.current.dialog.onKeepMine());
    await vi.waitFor(() => expect(write).toHaveBeenCalledTimes(2));
    expect(write).toHaveBeenLastCalledWith(theirs, 'Renamed');
    await vi.waitFor(() =>
      expect(options.onSaved).toHaveBeenCalledWith({ name: 'Renamed', etag: '"v2"+' }, theirs, 'Renamed'),
    );
    expect(result.current.dialog.open).toBe(false);
  });

  it('"Take theirs" hands their version back and writes nothing', async () => {
    const { options, result } = setup({ write: vi.fn(() => Promise.reject(stale())) });
    await act(() => result.current.save(mine, 'Renamed'));
    act(() => result.current.dialog.onTakeTheirs());
    expect(options.onTakeTheirs).toHaveBeenCalledWith(theirs);
    expect(options.write).toHaveBeenCalledTimes(1);
    expect(result.current.conflict).toBeNull();
  });

  it('Cancel closes the conflict and writes nothing', async () => {
    const { options, result } = setup({ write: vi.fn(() => Promise.reject(stale())) });
    await act(() => result.current.save(mine, 'Renamed'));
    act(() => result.current.dialog.onCancel());
    expect(result.current.conflict).toBeNull();
    expect(options.onTakeTheirs).not.toHaveBeenCalled();
    expect(options.write).toHaveBeenCalledTimes(1);
  });

  it('passes any other failure through, with no re-read', async () => {
    const failure = new ApiError({ kind: 'http', method: 'PUT', path: '/docs/1', status: 500 });
    const { options, result } = setup({ write: vi.fn(() => Promise.reject(failure)) });
    await act(() => result.current.save(mine, 'Renamed'));
    expect(options.onError).toHaveBeenCalledWith(failure, mine, 'Renamed');
    expect(options.reread).not.toHaveBeenCalled();
    expect(result.current.conflict).toBeNull();
    expect(result.current.saving).toBe(false);
  });

  it('passes a 412 through when there is nothing to re-read', async () => {
    const error = stale();
    const { options, result } = setup({ write: vi.fn(() => Promise.reject(error)), reread: undefined });
    await act(() => result.current.save(mine, 'Renamed'));
    expect(options.onError).toHaveBeenCalledWith(error, mine, 'Renamed');
    expect(result.current.conflict).toBeNull();
  });

  it('reports a failed re-read, and shows no conflict', async () => {
    const offline = new ApiError({ kind: 'network', method: 'GET', path: '/docs/1' });
    const onRereadError = vi.fn();
    const { options, result } = setup({
      write: vi.fn(() => Promise.reject(stale())),
      reread: vi.fn(() => Promise.reject(offline)),
      onRereadError,
    });
    await act(() => result.current.save(mine, 'Renamed'));
    expect(onRereadError).toHaveBeenCalledWith(offline, mine, 'Renamed');
    expect(options.onError).not.toHaveBeenCalled();
    expect(result.current.conflict).toBeNull();
  });

  it('does not send a second save while one is in flight', async () => {
    const answer = deferred<Doc>();
    const { options, result } = setup({ write: vi.fn(() => answer.promise) });
    let first: Promise<void> = Promise.resolve();
    let second: Promise<void> = Promise.resolve();
    act(() => {
      first = result.current.save(mine, 'Renamed');
    });
    expect(result.current.saving).toBe(true);
    act(() => {
      second = result.current.save(mine, 'Renamed');
    });
    expect(options.write).toHaveBeenCalledTimes(1);

    await act(async () => {
      answer.resolve(theirs);
      await Promise.all([first, second]);
    });
    expect(result.current.saving).toBe(false);
    expect(options.onSaved).toHaveBeenCalledTimes(1);
    // once it has answered, the next save goes out
    await act(() => result.current.save(theirs, 'Again'));
    expect(options.write).toHaveBeenCalledTimes(2);
  });

  it('keeps steps before the write in the same flight', async () => {
    const check = deferred<void>();
    const { options, result } = setup();
    let first: Promise<void> = Promise.resolve();
    let second: Promise<void> = Promise.resolve();
    act(() => {
      first = result.current.run(async (send) => {
        await check.promise;
        await send(mine, 'Checked');
      });
    });
    act(() => {
      second = result.current.save(mine, 'Skipped');
    });
    await act(async () => {
      check.resolve();
      await Promise.all([first, second]);
    });
    expect(options.write).toHaveBeenCalledTimes(1);
    expect(options.write).toHaveBeenCalledWith(mine, 'Checked');
  });

  it('lets "Keep mine" take its own path', async () => {
    const keepMine = vi.fn(() => Promise.resolve());
    const { result } = setup({ write: vi.fn(() => Promise.reject(stale())), keepMine });
    await act(() => result.current.save(mine, 'Renamed'));
    await act(async () => result.current.dialog.onKeepMine());
    expect(keepMine).toHaveBeenCalledWith({ theirs, mine: 'Renamed' }, expect.any(Function));
    expect(result.current.conflict).toBeNull();
  });
});
