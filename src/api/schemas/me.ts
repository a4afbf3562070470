import { z } from 'zod';

export const READ_AUDIT_LOGS = 'read-audit-logs';

export const roleSchema = z.enum(['owner', 'auditor', 'member']);
export type Role = z.infer<typeof roleSchema>;

export const meSchema = z.object({
  user: z.object({ id: z.string(), name: z.string(), email: z.string() }),
  org: z.object({ id: z.string(), name: z.string() }),
  role: roleSchema,
  permissions: z.array(z.string()),
});
export type Me = z.infer<typeof meSchema>;
