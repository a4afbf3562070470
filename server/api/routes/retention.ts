import { formatCount } from '../../../src/api/formatCount';
import { MANAGE_AUDIT_SETTINGS } from '../../../src/api/permissions';
import { recordTypes, type RecordType } from '../../../src/api/schemas/recordTypes';
import {
  FOREVER,
  retentionDaysSchema,
  retentionInputSchema,
  type Retention,
  type RetentionImpact,
} from '../../../src/api/schemas/retention';
import { auditChange } from '../../engine/auditTrail';
import { sameJson } from '../../engine/changes';
import { DEFAULT_RETENTION, retentionCutoff, type StoredRetention } from '../../engine/retention';
import type { Versioned } from '../../engine/types';
import { refusal } from '../access';
import { Hono } from '../hono';
import type { ApiOptions } from '../options';
import { lostRace, precondition, versioned } from '../precondition';
import { problem } from '../problem';
import { fieldError, fieldErrors, jsonBody } from '../requestBody';

function view({ value, etag }: Versioned<StoredRetention>): Retention {
  return { policies: value.policies, updatedAt: value.updatedAt, etag };
}

/** Fewer days than before (or a limit where there was none): records will be removed. */
function lowered(before: number | null, after: number | null): boolean {
  return after !== null && (before === null || after < before);
}

/** How long each record type is kept: read, preview what a change removes, change it. */
export function retentionRoutes({ store, identity }: ApiOptions): Hono {
  /** The stored policy with its ETag; the defaults before any is stored. */
  async function current(): Promise<Versioned<StoredRetention>> {
    return (await store.retention.get('retention')) ?? { value: DEFAULT_RETENTION, etag: '' };
  }

  return (
    new Hono()
      .get('/audit-retention', async (c) => {
        const refused = refusal(await identity(c.req.raw), 'Reading the retention policy');
        if (refused) return refused;
        const body = view(await current());
        return versioned(body, body.etag);
      })

      /** `?access=30&activity=forever`: how many stored records those periods would remove. */
      .get('/audit-retention/impact', async (c) => {
        const refused = refusal(await identity(c.req.raw), 'Reading the retention policy');
        if (refused) return refused;
        const params = new URL(c.req.url).searchParams;
        const removals = {} as RetentionImpact['removals'];
        const now = Date.now();
        for (const type of recordTypes) {
          const raw = params.get(type);
          let days: number | null = null;
          if (raw !== null && raw !== FOREVER) {
            const parsed = retentionDaysSchema.safeParse(Number(raw));
            if (!parsed.success || raw.trim() === '')
              return fieldError(type, parsed.error?.issues[0]?.message ?? 'Enter a number of days.');
            days = parsed.data;
          }
          const cutoff = retentionCutoff(days, now);
          removals[type] = cutoff === null ? 0 : await store.countOlderThan(type, cutoff);
        }
        return Response.json({ removals } satisfies RetentionImpact);
      })

      .put('/audit-retention', async (c) => {
        const request = c.req.raw;
        const who = await identity(request);
        const refused = refusal(who, 'Changing the retention policy', MANAGE_AUDIT_SETTINGS);
        if (refused) return refused;
        const found = await current();
        const before = found.value;
        const stale = precondition(request, found.etag, 'The retention policy');
        if (stale) return stale;
        const body = await jsonBody(request);
        if (body instanceof Response) return body;
        const parsed = retentionInputSchema.safeParse(body);
        if (!parsed.success) return fieldErrors(parsed.error);
        const { policies } = parsed.data;
        if (sameJson({ ...policies }, { ...before.policies })) return versioned(view(found), found.etag);

        const next: StoredRetention = { id: 'retention', policies, updatedAt: new Date().toISOString() };
        const written = await store.retention.replace(next, found.etag);
        // the API never deletes the policy; a store reset meanwhile did, which is a change too
        if (!written.ok)
          return lostRace(written, 'The retention policy', () =>
            problem(412, 'The retention policy was changed by someone else since you read it'),
          );
        const { etag } = written;
        const removed: Partial<Record<RecordType, number>> = {};
        const now = Date.now();
        for (const type of recordTypes) {
          const cutoff = retentionCutoff(policies[type], now);
          if (cutoff !== null && lowered(before.policies[type], policies[type]))
            removed[type] = await store.dropOlderThan(type, cutoff);
        }
        await auditChange(store, who.user, {
          controller: 'audit.retention',
          entity: 'audit_retention',
          entityId: 'retention',
          action: 'model_updated',
          before: { ...before.policies },
          after: { ...policies },
          summary: `Retention policy changed${
            Object.keys(removed).length
              ? `; removed ${Object.entries(removed)
                  .map(([t, n]) => `${formatCount(n)} ${t}`)
                  .join(', ')} records`
              : ''
          }`,
        });
        return versioned(view({ value: next, etag }), etag);
      })
  );
}
