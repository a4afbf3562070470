import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Snackbar, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { Versioned } from '../../../api/client';
import { errorMessage } from '../../../api/errors';
import { fetchRetentionImpact, getRetention, retentionQuery, useSaveRetention } from '../../../api/retention';
import { RECORD_TYPE_LABELS, recordTypes, type RecordType } from '../../../api/schemas/recordTypes';
import type { Retention, RetentionImpact, RetentionPolicies } from '../../../api/schemas/retention';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ConflictDialog } from '../../../components/ConflictDialog';
import { UnsavedChangesGuard } from '../../../components/UnsavedChangesGuard';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useVersionedWrite, type Send } from '../../../lib/useVersionedWrite';
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
  const [base, setBase] = useState(initial);
  const [baseline, setBaseline] = useState(() => draftFrom(initial.data.policies));
  const [draft, setDraft] = useState(baseline);
  const [checking, setChecking] = useState(false);
  const [confirm, setConfirm] = useState<Pending | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const parsed = parseDraft(draft);
  const errors = parsed.ok ? {} : parsed.errors;
  const dirty = JSON.stringify(draft) !== JSON.stringify(baseline);

  const adopt = (version: Versioned<Retention>) => {
    const next = draftFrom(version.data.policies);
    setBase(version);
    setBaseline(next);
    setDraft(next);
  };

  /** Lowering a period first says how many stored records it removes, and asks. */
  const review = async (
    policies: RetentionPolicies,
    against: Versioned<Retention>,
    send: Send<Versioned<Retention>, RetentionPolicies>,
  ) => {
    const lowered = loweredTypes(against.data.policies, policies);
    if (lowered.length === 0) return send(against, policies);
    setChecking(true);
    setFailure(null);
    try {
      const only = Object.fromEntries(lowered.map((t) => [t, policies[t]]));
      const { removals } = await fetchRetentionImpact(only);
      setConfirm({ policies, against, lowered, impact: removals });
    } catch (error) {
      setFailure(`Could not count the records this removes. ${errorMessage(error)}`);
    } finally {
      setChecking(false);
    }
  };

  const versioned = useVersionedWrite<Versioned<Retention>, RetentionPolicies, Versioned<Retention>>({
    write: (against, policies) => {
      setFailure(null);
      return save.mutateAsync({ policies, etag: against.etag ?? against.data.etag });
    },
    onSaved: (saved) => {
      adopt(saved);
      setMessage('Retention saved.');
    },
    onError: (error) => setFailure(`Not saved. ${errorMessage(error)}`),
    reread: () => getRetention(),
    onRereadError: (error) => setFailure(errorMessage(error)),
    onTakeTheirs: adopt,
    // their periods may be longer than the ones read before: lowering is checked again
    keepMine: ({ theirs, mine }, send) => {
      setBase(theirs);
      return review(mine, theirs, send);
    },
  });
  const busy = checking || versioned.saving;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void versioned.run(async (send) => {
      if (!parsed.ok) {
        setFailure('Not saved: correct the marked periods.');
        return;
      }
      await review(parsed.policies, base, send);
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
        busy={versioned.saving}
        onCancel={() => setConfirm(null)}
        onConfirm={() => {
          const pending = confirm;
          if (!pending) return;
          void versioned.run(async (send) => {
            await send(pending.against, pending.policies);
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
        {...versioned.dialog}
        busy={busy}
        subject="the retention periods"
        rows={versioned.conflict ? conflictRows(draft, versioned.conflict.theirs.data.policies) : []}
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
