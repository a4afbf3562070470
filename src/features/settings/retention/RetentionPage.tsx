import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Snackbar, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { Versioned } from '../../../api/client';
import { ApiError } from '../../../api/errors';
import { fetchRetentionImpact, getRetention, retentionQuery, useSaveRetention } from '../../../api/retention';
import { RECORD_TYPE_LABELS, recordTypes, type RecordType } from '../../../api/schemas/recordTypes';
import type { Retention, RetentionImpact, RetentionPolicies } from '../../../api/schemas/retention';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ConflictDialog } from '../../../components/ConflictDialog';
import { UnsavedChangesGuard } from '../../../components/UnsavedChangesGuard';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useSingleFlight } from '../../../lib/useSingleFlight';
import { ResetDemoData } from '../ResetDemoData';
import { useCanManageSettings } from '../useCanManageSettings';
import { conflictRows, describeDays, draftFrom, loweredTypes, parseDraft } from './draft';
import { PeriodField } from './PeriodField';
import { formatCount } from '../../../api/formatCount';

export function RetentionPage() {
  usePageTitle('Retention');
  const query = useQuery(retentionQuery);
  return (
    <Box component="section" sx={{ p: 2, maxWidth: 820 }}>
      <Typography variant="h5" component="h1">
        Retention
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        How long each type of audit record is kept. Records older than their period are removed.
      </Typography>
      {query.isPending ? (
        <Typography role="status">Loading…</Typography>
      ) : query.isError ? (
        <Alert severity="error">{query.error.message}</Alert>
      ) : (
        <RetentionEditor initial={query.data} />
      )}
      <ResetDemoData />
    </Box>
  );
}

interface Pending {
  policies: RetentionPolicies;
  against: Versioned<Retention>;
  lowered: RecordType[];
  impact: RetentionImpact['removals'];
}

function RetentionEditor({ initial }: { initial: Versioned<Retention> }) {
  const canManage = useCanManageSettings();
  const save = useSaveRetention();
  const once = useSingleFlight();
  const [base, setBase] = useState(initial);
  const [baseline, setBaseline] = useState(() => draftFrom(initial.data.policies));
  const [draft, setDraft] = useState(baseline);
  const [checking, setChecking] = useState(false);
  const [confirm, setConfirm] = useState<Pending | null>(null);
  const [conflict, setConflict] = useState<Versioned<Retention> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const parsed = parseDraft(draft);
  const errors = parsed.ok ? {} : parsed.errors;
  const dirty = JSON.stringify(draft) !== JSON.stringify(baseline);
  const busy = checking || save.isPending;

  const adopt = (version: Versioned<Retention>) => {
    const next = draftFrom(version.data.policies);
    setBase(version);
    setBaseline(next);
    setDraft(next);
  };

  const write = async (policies: RetentionPolicies, against: Versioned<Retention>) => {
    setFailure(null);
    try {
      adopt(await save.mutateAsync({ policies, etag: against.etag ?? against.data.etag }));
      setMessage('Retention saved.');
    } catch (error) {
      if (error instanceof ApiError && error.status === 412) {
        try {
          setConflict(await getRetention());
        } catch (reread) {
          setFailure(reread instanceof Error ? reread.message : String(reread));
        }
        return;
      }
      setFailure(`Not saved. ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  /** Lowering a period first says how many stored records it removes, and asks. */
  const review = async (policies: RetentionPolicies, against: Versioned<Retention>) => {
    const lowered = loweredTypes(against.data.policies, policies);
    if (lowered.length === 0) return write(policies, against);
    setChecking(true);
    setFailure(null);
    try {
      const only = Object.fromEntries(lowered.map((t) => [t, policies[t]]));
      const { removals } = await fetchRetentionImpact(only);
      setConfirm({ policies, against, lowered, impact: removals });
    } catch (error) {
      setFailure(
        `Could not count the records this removes. ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setChecking(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void once(async () => {
      if (!parsed.ok) {
        setFailure('Not saved: correct the marked periods.');
        return;
      }
      await review(parsed.policies, base);
    });
  };

  const total = confirm ? confirm.lowered.reduce((sum, t) => sum + confirm.impact[t], 0) : 0;

  return (
    <form onSubmit={submit} noValidate aria-label="Retention periods">
      {!canManage && (
        <Alert severity="info" sx={{ mb: 2 }}>
          You can view the retention periods; only owners can change them.
        </Alert>
      )}
      <Stack sx={{ gap: 3 }}>
        {recordTypes.map((type) => (
          <PeriodField
            key={type}
            type={type}
            value={draft[type]}
            onChange={(value) => setDraft((d) => ({ ...d, [type]: value }))}
            error={errors[type]}
            disabled={!canManage || busy}
          />
        ))}
      </Stack>
      {failure && (
        <Alert severity="error" role="alert" sx={{ mt: 2 }}>
          {failure}
        </Alert>
      )}
      {canManage && (
        <Stack direction="row" sx={{ gap: 1, mt: 3 }}>
          <Button type="submit" variant="contained" disabled={busy || !dirty}>
            {busy ? 'Saving…' : 'Save'}
          </Button>
          <Button onClick={() => setDraft(baseline)} disabled={busy || !dirty}>
            Discard changes
          </Button>
        </Stack>
      )}
      <ConfirmDialog
        open={confirm !== null}
        title="Remove records?"
        confirmLabel={`Remove ${formatCount(total)} records and save`}
        destructive
        busy={save.isPending}
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          const pending = confirm;
          if (!pending) return;
          void once(async () => {
            await write(pending.policies, pending.against);
            setConfirm(null);
          });
        }}
      >
        <Typography sx={{ mb: 1 }}>
          Shortening retention removes {formatCount(total)} existing record{total === 1 ? '' : 's'} now. This
          can't be undone.
        </Typography>
        <Box component="ul" sx={{ m: 0, pl: 3 }}>
          {confirm?.lowered.map((t) => (
            <li key={t}>
              {RECORD_TYPE_LABELS[t]}: {describeDays(confirm.against.data.policies[t])} →{' '}
              {describeDays(confirm.policies[t])}, removes {formatCount(confirm.impact[t])} record
              {confirm.impact[t] === 1 ? '' : 's'}
            </li>
          ))}
        </Box>
      </ConfirmDialog>
      <ConflictDialog
        open={conflict !== null}
        subject="the retention periods"
        rows={conflict ? conflictRows(draft, conflict.data.policies) : []}
        busy={busy}
        onCancel={() => setConflict(null)}
        onTakeTheirs={() => {
          if (conflict) adopt(conflict);
          setConflict(null);
        }}
        onKeepMine={() => {
          const current = conflict;
          if (!current || !parsed.ok) return;
          setBase(current);
          setConflict(null);
          void once(() => review(parsed.policies, current));
        }}
      />
      <Snackbar
        open={message !== null}
        autoHideDuration={4000}
        onClose={() => setMessage(null)}
        message={message}
      />
      <UnsavedChangesGuard when={dirty} />
    </form>
  );
}
