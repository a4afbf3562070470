import { z } from 'zod';
import { roleSchema } from './me';

/** The only path of the server's sessions, relative to the API root. */
export const SESSIONS_PATH = '/sessions';

export const SESSION_HANDLE = /^[0-9a-f]{16}$/;

/**
 * A signed-in session as an owner sees it (GET /api/v1/sessions, a server with sign-in only):
 * never its id nor the id's hash, only a handle, the first 16 hex digits of the hash — the
 * name the session's Activity records (controller auth.session) give it.
 */
export const sessionSummarySchema = z.object({
  handle: z.string().regex(SESSION_HANDLE),
  userId: z.string(),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  /** the session this request came with: ending it signs the owner out */
  current: z.boolean(),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

export const sessionListSchema = z.object({ items: z.array(sessionSummarySchema) });
export type SessionList = z.infer<typeof sessionListSchema>;
