import { useQuery } from '@tanstack/react-query';
import { meQuery } from '../../api/me';
import { MANAGE_AUDIT_SETTINGS } from '../../api/permissions';

/** Owners change audit settings; auditors see them read-only. The API enforces it either way. */
export function useCanManageSettings(): boolean {
  const me = useQuery(meQuery);
  return me.data?.permissions.includes(MANAGE_AUDIT_SETTINGS) ?? false;
}
