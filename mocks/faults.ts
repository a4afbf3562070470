import { HttpResponse, delay } from 'msw';
import { problem } from '../server/api/problem';
import { isDownload } from './serviceWorkerBody';
import { getMockSettings } from './settings';

/**
 * With `fault: '500'` or `'network'` and `faultPath: '/export-midway'`, an export starts
 * normally (200, headers, first chunk) and then its body fails: the "connection lost
 * mid-download" case, which no request-level fault can produce. With `fault: 'stall'` the body
 * stops after its first records until the reader cancels it: an export that is surely still
 * running when a test presses Cancel, however fast the machine.
 */
export const MIDWAY_FAULT_PATH = '/export-midway';

/**
 * Applies the configured latency and fault to a request. Returns a response to send
 * instead of the real one, or undefined to carry on.
 */
export async function applyFaults(request: Request): Promise<Response | undefined> {
  const settings = getMockSettings();
  if (settings.latencyMs) await delay(settings.latencyMs);
  const fault = settings.fault ?? 'none';
  if (fault === 'none') return undefined;
  const path = new URL(request.url).pathname;
  if (!path.includes(settings.faultPath ?? '/audit/')) return undefined;
  switch (fault) {
    case '500':
      return problem(500, 'Simulated server failure (mock fault "500").');
    case '503':
      return problem(503, 'Simulated overload (mock fault "503").', {
        headers: { 'Retry-After': String(settings.retryAfter ?? 2) },
      });
    case 'network':
      return HttpResponse.error();
    case 'bad-body':
      return HttpResponse.json({ items: 'this is not a list', total: -1 });
  }
}

/**
 * The mid-download fault: a download's body breaks after its first chunk. The API's body is
 * cancelled first, so that it audits the export as stopped, as it would a lost connection.
 */
export function applyMidwayFault(response: Response): Response {
  const { fault, faultPath } = getMockSettings();
  if (faultPath !== MIDWAY_FAULT_PATH || (fault !== '500' && fault !== 'network' && fault !== 'stall'))
    return response;
  if (!response.ok || !response.body || !isDownload(response)) return response;
  const reader = response.body.getReader();
  let cancelled: () => void = () => undefined;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const first = await reader.read();
      if (!first.done) controller.enqueue(first.value);
      if (fault === 'stall') {
        // a CSV's header may come alone: one more chunk, so that some records are written
        const second = await reader.read();
        if (!second.done) controller.enqueue(second.value);
        await new Promise<void>((resolve) => (cancelled = resolve));
        return;
      }
      await reader.cancel();
      controller.error(new Error(`Simulated failure in the middle of the export (mock fault "${fault}").`));
    },
    cancel: (reason) => {
      cancelled();
      return reader.cancel(reason);
    },
  });
  return new Response(body, { status: response.status, headers: response.headers });
}
