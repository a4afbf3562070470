import { Outlet } from 'react-router';
import { RequireAuditAccess } from '../session/RequireAuditAccess';

/** Settings are read by anyone with read-audit-logs (changed by owners): others see why not. */
export function SettingsLayout() {
  return (
    <RequireAuditAccess>
      <Outlet />
    </RequireAuditAccess>
  );
}
