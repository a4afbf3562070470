import { HttpResponse, delay } from 'msw';
import { problem } from '../server/api/problem';
import { isDownload } from './serviceWorkerBody';
import { getMockSettings } from './settings';

/**
 * With `fault: '500'` or `'network'` and `faultPath: '/export-midway'`, an export starts
 * normally (200, headers, first chunk) and then its body fails: the "connection lost
 * mid-download" case, which no request-level fault can produce.
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
  if (faultPath !== MIDWAY_FAULT_PATH || (fault !== '500' && fault !== 'network')) return response;
  if (!response.ok || !response.body || !isDownload(response)) return response;
  const reader = response.body.getReader();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const first = await reader.read();
      if (!first.done) controller.enqueue(first.value);
      await reader.cancel();
      controller.error(new Error(`Simulated failure in the middle of the export (mock fault "${fault}").`));
    },
    cancel: (reason) => reader.cancel(reason),
  });
  return new Response(body, { status: response.status, headers: response.headers });
}
