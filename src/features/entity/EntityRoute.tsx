import { useParams } from 'react-router';
import { NotFound } from '../../components/NotFound';
import { isEntityKind } from '../../lib/entityLinks';
import { RequireAuditAccess } from '../session/RequireAuditAccess';
import { EntityPage } from './EntityPage';

/** `/entity/:kind/:value`: the router hands over the value decoded, exactly as the record held it. */
export function EntityRoute() {
  const { kind, value } = useParams();
  if (!isEntityKind(kind) || !value) return <NotFound />;
  return (
    <RequireAuditAccess>
      <EntityPage key={`${kind}/${value}`} kind={kind} value={value} />
    </RequireAuditAccess>
  );
}
