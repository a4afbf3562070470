const escape = (text: string): string => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/**
 * The few pages the sign-in itself answers (a refusal, a provider's error): plain HTML with no
 * script or style, so the console's Content-Security-Policy needs no exception.
 */
export function signInPage(
  status: number,
  title: string,
  message: string,
  link: { href: string; text: string },
): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)} · Audit console</title></head><body><main><h1>${escape(title)}</h1><p>${escape(message)}</p><p><a href="${escape(link.href)}">${escape(link.text)}</a></p></main></body></html>`;
  return new Response(html, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
