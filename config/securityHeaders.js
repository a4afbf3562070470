/**
 * The security headers of every response the console is served with: by `vite preview`
 * (vite.config.ts) and by the audit server (server/node). One definition, so that what README
 * promises and what both servers send cannot drift apart.
 *
 * No inline or foreign scripts, no framing, no referrer, no MIME sniffing. Styles may be inline
 * because MUI's emotion injects <style> elements at run time.
 *
 * Plain JavaScript (typed by securityHeaders.d.ts), so that Vite's native config loader and
 * Node can read it as it is.
 */
export function securityHeaders(apiBaseUrl) {
  let api = '';
  try {
    if (apiBaseUrl) api = ` ${new URL(apiBaseUrl).origin}`;
  } catch {
    throw new Error(`VITE_API_BASE_URL is not a URL: "${apiBaseUrl}"`);
  }
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    // a console on another origin than its API (VITE_API_BASE_URL) must be allowed to call it
    `connect-src 'self'${api}`,
    // the demo's mock API runs in a service worker
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
  };
}
