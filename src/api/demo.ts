import { z } from 'zod';
import { request } from './client';

/** Mock builds only: puts every change users of the demo made back to the generated data. */
export function resetDemoData() {
  return request('/demo/reset', z.null(), { method: 'POST' });
}
