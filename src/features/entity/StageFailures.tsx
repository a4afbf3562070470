import { useQueries, useQuery } from '@tanstack/react-query';
import { Typography } from '@mui/material';
import { andQueryTexts, printTerm } from '../../api/query';
import { facetsQuery, recordCountQuery } from '../../api/records';
import { streamContracts } from '../../api/streams';
import { CountLinks } from './CountLinks';
import type { PinnedRange } from './entityRange';
import { gridLink } from './gridLink';

const FAILURE = streamContracts.authentication.outcomes.find((o) => o.key === 'failure')?.query ?? '';

/** The entity's failed sign-in steps, counted per stage (the stream's stages, most frequent first). */
export function StageFailures({ query, range }: { query: string; range: PinnedRange }) {
  const stages = useQuery(facetsQuery('authentication', 'stage', ''));
  const searches = (stages.data?.values ?? []).map(({ value }) => ({
    stage: value,
    q: andQueryTexts(query, FAILURE, printTerm({ kind: 'field', field: 'stage', op: 'eq', value })),
  }));
  const counts = useQueries({
    queries: searches.map((s) => recordCountQuery('authentication', { q: s.q, ...range })),
  });
  if (stages.isError || counts.some((c) => c.isError))
    return <Typography color="error">The failures by stage could not be counted.</Typography>;
  if (stages.isPending || counts.some((c) => c.isPending))
    return <Typography color="text.secondary">Counting failures by stage…</Typography>;
  const items = searches.flatMap((s, i) => {
    const count = counts[i]?.data ?? 0;
    return count > 0
      ? [{ key: s.stage, label: s.stage, count, href: gridLink('authentication', s.q, range) }]
      : [];
  });
  return <CountLinks title="Failures by stage" items={items} unit="failed steps" />;
}
