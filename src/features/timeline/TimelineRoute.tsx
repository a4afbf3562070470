import { useSearchParams } from 'react-router';
import { timelineKeySchema } from '../../api/schemas/timeline';
import { RequireAuditAccess } from '../session/RequireAuditAccess';
import { TimelineLookup } from './TimelineLookup';
import { TimelinePage } from './TimelinePage';

export function TimelineRoute() {
  const [params] = useSearchParams();
  const key = timelineKeySchema.safeParse(params.get('key'));
  const value = params.get('value') ?? '';
  return (
    <RequireAuditAccess>
      {key.success && value ? (
        <TimelinePage timelineKey={key.data} value={value} />
      ) : (
        // keyed by the link, so a new /timeline link starts the box afresh
        <TimelineLookup key={params.toString()} initialKey={params.get('key')} initialValue={value} />
      )}
    </RequireAuditAccess>
  );
}
