import { RequireAuditAccess } from '../session/RequireAuditAccess';
import { EventTypesPage } from './EventTypesPage';

export function EventTypesRoute() {
  return (
    <RequireAuditAccess>
      <EventTypesPage />
    </RequireAuditAccess>
  );
}
