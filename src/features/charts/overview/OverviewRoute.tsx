import { RequireAuditAccess } from '../../session/RequireAuditAccess';
import { OverviewPage } from './OverviewPage';

export function OverviewRoute() {
  return (
    <RequireAuditAccess>
      <OverviewPage />
    </RequireAuditAccess>
  );
}
