import type { AuthenticationRecord } from '../../api/streams/authentication';
import type { Outcome } from '../search/definition';

export interface PipelineStep {
  record: AuthenticationRecord;
  /** ms since the previous stage of the same login, null for the first */
  sincePrevious: number | null;
  outcome: Outcome;
}

export interface Pipeline {
  traceId: string;
  email: string | null;
  steps: PipelineStep[];
  /** the first stage that failed, if any */
  failedAt: PipelineStep | null;
}

/** Groups authentication stages by login attempt (trace), in time order. */
export function pipelines(
  records: readonly AuthenticationRecord[],
  outcome: (r: AuthenticationRecord) => Outcome,
): Pipeline[] {
  const byTrace = new Map<string, AuthenticationRecord[]>();
  for (const r of records) {
    const list = byTrace.get(r.trace_id);
    if (list) list.push(r);
    else byTrace.set(r.trace_id, [r]);
  }
  return [...byTrace].map(([traceId, stages]) => {
    const sorted = [...stages].sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
    const steps = sorted.map((record, i) => {
      const previous = sorted[i - 1];
      return {
        record,
        sincePrevious: previous ? Date.parse(record.time) - Date.parse(previous.time) : null,
        outcome: outcome(record),
      };
    });
    return {
      traceId,
      email: sorted.find((s) => s.email)?.email ?? null,
      steps,
      failedAt: steps.find((s) => s.outcome === 'failure') ?? null,
    };
  });
}

export function formatGap(ms: number): string {
  if (ms < 1000) return `+${ms} ms`;
  if (ms < 60_000) return `+${(ms / 1000).toFixed(1)} s`;
  return `+${Math.round(ms / 60_000)} min`;
}
