import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';

export interface Listening {
  /** e.g. http://127.0.0.1:8080 */
  url: string;
  port: number;
  /**
   * Stops accepting connections and resolves once the requests in flight have been answered,
   * or, after `timeoutMs`, once the connections still open have been cut (`forced`).
   */
  close(timeoutMs: number): Promise<{ forced: boolean }>;
}

/** How often a closing server looks for keep-alive connections whose last request has ended. */
const IDLE_SWEEP_MS = 50;

export function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  options: { port: number; hostname: string },
): Promise<Listening> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port: options.port, hostname: options.hostname }) as Server;
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      const { address, port } = server.address() as AddressInfo;
      const host = address.includes(':') ? `[${address}]` : address;
      resolve({ url: `http://${host}:${port}`, port, close: (timeoutMs) => close(server, timeoutMs) });
    });
  });
}

function close(server: Server, timeoutMs: number): Promise<{ forced: boolean }> {
  return new Promise((resolve) => {
    let forced = false;
    // a browser keeps its connection open after its last request: closing those is all that
    // waiting for the server's close would otherwise wait for
    const sweep = setInterval(() => server.closeIdleConnections(), IDLE_SWEEP_MS);
    const deadline = setTimeout(() => {
      forced = true;
      server.closeAllConnections();
    }, timeoutMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve({ forced });
    });
    server.closeIdleConnections();
  });
}
