import { MANAGE_AUDIT_SETTINGS } from '../../src/api/permissions';
import { READ_AUDIT_LOGS, type Role } from '../../src/api/schemas/me';

/** What each role may do: owners change settings, auditors read, members see no audit logs. */
const PERMISSIONS: Record<Role, readonly string[]> = {
  owner: [READ_AUDIT_LOGS, MANAGE_AUDIT_SETTINGS],
  auditor: [READ_AUDIT_LOGS],
  member: [],
};

export function permissionsOf(role: Role): string[] {
  return [...PERMISSIONS[role]];
}
