import { HttpResponse, delay } from 'msw';
import { getMockSettings } from './settings';
import { problem } from './problem';

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
