import { useParams } from 'react-router';
import { isStreamName } from '../../api/streams';
import { NotFound } from '../../components/NotFound';
import { RequireAuditAccess } from '../session/RequireAuditAccess';
import { StreamPage } from '../search/StreamPage';
import { streamDefinitions } from './registry';

export function StreamRoute() {
  const { stream = '' } = useParams();
  if (!isStreamName(stream)) return <NotFound />;
  const definition = streamDefinitions[stream];
  return (
    <RequireAuditAccess>
      {/* a fresh page per stream: its search, prefs and focus are its own */}
      <StreamPage key={stream} definition={definition} />
    </RequireAuditAccess>
  );
}
