import { describe, expect, it } from 'vitest';
import type { AuditStore } from '../engine/types';
import { memoryHostStore } from './memoryHostStore';
import { request, startTestHost } from './testHost';

/** A store whose searches wait until released: a request held in flight. */
function heldStore(): { store: AuditStore; entered: Promise<void>; release: () => void } {
  const inner = memoryHostStore();
  let release = (): void => undefined;
  let entered = (): void => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const enteredPromise = new Promise<void>((resolve) => (entered = resolve));
  const store: AuditStore = {
    ...inner,
    async search(search, page) {
      entered();
      await gate;
      return inner.search(search, page);
    },
  };
  return { store, entered: enteredPromise, release };
}

const settled = <T>(promise: Promise<T>) => {
  let done = false;
  void promise.then(() => (done = true));
  return () => done;
};

describe('closing the host (SIGTERM)', () => {
  it('stops accepting connections, answers the request in flight, then resolves', async () => {
    const { store, entered, release } = heldStore();
    const host = await startTestHost(store);
    const inFlight = request(`${host.url}/api/v1/audit/access/records`);
    await entered;

    const closing = host.close(5_000);
    const closed = settled(closing);
    await expect(request(`${host.url}/api/v1/me`)).rejects.toThrow(/ECONNREFUSED/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(closed()).toBe(false);

    release();
    expect((await inFlight).status).toBe(200);
    expect(await closing).toEqual({ forced: false });
  });

  it('cuts a request that outlasts the timeout', async () => {
    const { store, entered, release } = heldStore();
    const host = await startTestHost(store);
    const inFlight = request(`${host.url}/api/v1/audit/access/records`);
    await entered;
    expect(await host.close(100)).toEqual({ forced: true });
    await expect(inFlight).rejects.toThrow(/socket hang up|ECONNRESET/);
    release();
  });

  it('does not wait for idle keep-alive connections', async () => {
    const host = await startTestHost(memoryHostStore());
    // fetch keeps its connection open after the answer, as a browser does
    expect((await fetch(`${host.url}/api/v1/me`)).status).toBe(200);
    const started = performance.now();
    expect(await host.close(5_000)).toEqual({ forced: false });
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
