/** Methods that change nothing: the only ones another site may make a browser send with the cookie. */
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Why a request must be refused as possibly forged by another site, or null. SameSite=Lax
 * already keeps the cookie off other sites' POSTs in current browsers; this check does not
 * rely on that: a state-changing request that carries a session must come from this origin,
 * by its Origin header or by the browser's own Sec-Fetch-Site (which page scripts cannot set).
 */
export function crossSiteRefusal(request: Request, publicOrigin: string, hasSession: boolean): string | null {
  if (SAFE.has(request.method) || !hasSession) return null;
  const origin = request.headers.get('Origin');
  if (origin === publicOrigin) return null;
  if (request.headers.get('Sec-Fetch-Site') === 'same-origin') return null;
  return origin
    ? `A ${request.method} from ${origin} may not use a session of ${publicOrigin}.`
    : `A ${request.method} with a session must carry an Origin header naming ${publicOrigin}.`;
}
