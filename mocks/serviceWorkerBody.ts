/**
 * A download's streamed body (an export, sent as an attachment) labelled so that msw's service worker passes it through: it tees
 * every mocked body for its lifecycle events except text/event-stream ones, and the unread copy
 * would buffer the whole export in the worker and keep a Cancel from reaching the stream. The
 * client never reads Content-Type; the API's own is kept in X-Export-Content-Type.
 */
export function passThroughServiceWorker(response: Response): Response {
  const type = response.headers.get('Content-Type');
  if (!response.body || type === null || !isDownload(response)) return response;
  const headers = new Headers(response.headers);
  headers.set('Content-Type', 'text/event-stream');
  headers.set('X-Export-Content-Type', type);
  return new Response(response.body, { status: response.status, headers });
}

export function isDownload(response: Response): boolean {
  return response.headers.get('Content-Disposition')?.startsWith('attachment') ?? false;
}
