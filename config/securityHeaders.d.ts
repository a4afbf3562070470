/** `apiBaseUrl`: the API's origin when it is not the console's own (VITE_API_BASE_URL). */
export function securityHeaders(apiBaseUrl?: string): Record<string, string>;
