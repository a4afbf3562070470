/** The API over a store, called as a browser would: Requests in, Responses out. */
import type { Role } from '../../src/api/schemas/me';
import { createApi } from '../api/createApi';
import { signedInAs } from '../api/testing';
import type { AuditStore } from '../engine/types';

export interface ApiClient {
  /** `raw`: a body sent as it is (text or bytes), with the headers given */
  call(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
    raw?: string | Uint8Array<ArrayBuffer>,
  ): Promise<Response>;
  /** a GET that must answer 200: its JSON body */
  json<T = unknown>(path: string): Promise<T>;
}

export function apiClient(store: AuditStore, role: Role = 'owner'): ApiClient {
  const errors: Error[] = [];
  const api = createApi({
    store,
    identity: async () => signedInAs(role),
    onError: (error) => void errors.push(error),
  });
  const call: ApiClient['call'] = async (method, path, body, headers = {}, raw = undefined) => {
    const response = await api.fetch(
      new Request(`http://api.test/api/v1${path}`, {
        method,
        headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
        body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
      }),
    );
    // a 500 says only "try again": the store's error is what the test should show
    if (response.status === 500) throw errors.pop() ?? new Error(`500 from ${method} ${path}`);
    return response;
  };
  return {
    call,
    async json<T>(path: string): Promise<T> {
      const response = await call('GET', path);
      if (response.status !== 200)
        throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    },
  };
}
