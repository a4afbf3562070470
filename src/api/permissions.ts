/** Changing audit settings (destinations, retention): owners only. Reading needs read-audit-logs. */
export const MANAGE_AUDIT_SETTINGS = 'manage-audit-settings';
