import { useSearchParams } from 'react-router';
import { Alert, Box } from '@mui/material';
import { timelineKeySchema } from '../../api/schemas/timeline';
import { RequireAuditAccess } from '../session/RequireAuditAccess';
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
        <Box sx={{ p: 2 }}>
          <Alert severity="warning">
            A timeline needs a key (trace_id, session, token or request_id) and a value, e.g. open it from a
            record's drawer with “Open timeline”.
          </Alert>
        </Box>
      )}
    </RequireAuditAccess>
  );
}
