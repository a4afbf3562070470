import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Alert, Box, Button, Link, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import type { Versioned } from '../../../api/client';
import { destinationQuery, getDestination, useSaveDestination } from '../../../api/destinations';
import { ApiError, errorMessage } from '../../../api/errors';
import type { Destination } from '../../../api/schemas/destinations';
import { ConflictDialog } from '../../../components/ConflictDialog';
import { UnsavedChangesGuard } from '../../../components/UnsavedChangesGuard';
import { usePageTitle } from '../../../lib/usePageTitle';
import { useVersionedWrite } from '../../../lib/useVersionedWrite';
import { useCanManageSettings } from '../useCanManageSettings';
import { DestinationFields } from './DestinationFields';
import { conflictRows, draftFrom, inputFrom, validateDraft, type DestinationDraft } from './draft';
import { TestEventDialog } from './TestEventDialog';
import { randomId } from '../../../api/randomId';

export const LIST_PATH = '/settings/destinations';

/** Which API field a form change touches, so its error shows as soon as it is typed. */
const FIELD_OF: Partial<Record<keyof DestinationDraft, string>> = {
  name: 'name',
  url: 'url',
  path: 'path',
  recordTypes: 'recordTypes',
  username: 'auth.username',
  headerName: 'auth.headerName',
  secret: 'secret',
};

/** `/settings/destinations/new` adds one; `/settings/destinations/{id}` edits one. */
export function DestinationEditPage() {
  const { id = 'new' } = useParams();
  const isNew = id === 'new';
  usePageTitle(isNew ? 'Add destination' : 'Edit destination');
  const query = useQuery({ ...destinationQuery(id), enabled: !isNew });
  return (
    <Box component="section" sx={{ p: 2, maxWidth: 760 }}>
      <Link component={RouterLink} to={LIST_PATH}>
        Audit destinations
      </Link>
      <Typography variant="h5" component="h1" sx={{ mt: 1, mb: 2 }}>
        {isNew ? 'Add destination' : 'Edit destination'}
      </Typography>
      {isNew ? (
        <DestinationEditor initial={null} />
      ) : query.isPending ? (
        <Typography role="status">Loading…</Typography>
      ) : query.isError ? (
        <Alert severity="error">{query.error.message}</Alert>
      ) : (
        // the form starts from the version read now, and keeps its ETag until it saves
        <DestinationEditor key={id} initial={query.data} />
      )}
    </Box>
  );
}

function DestinationEditor({ initial }: { initial: Versioned<Destination> | null }) {
  const canManage = useCanManageSettings();
  const navigate = useNavigate();
  const save = useSaveDestination();
  const [base, setBase] = useState(initial);
  const [baseline, setBaseline] = useState(() => draftFrom(initial?.data));
  const [draft, setDraft] = useState(baseline);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [testing, setTesting] = useState(false);
  // one key per form: a create retried after a lost response does not make a second destination
  const [idempotencyKey] = useState(() => randomId());
  const form = useRef<HTMLFormElement>(null);

  const secretStored = Boolean(base?.data.secretSet) && base?.data.auth.type === draft.authType;
  const clientErrors = validateDraft(draft, secretStored);
  const shownClient = Object.fromEntries(
    Object.entries(clientErrors).filter(([field]) => submitted || touched.has(field)),
  );
  const errors = { ...shownClient, ...serverErrors };
  const dirty = JSON.stringify(draft) !== JSON.stringify(baseline);

  useEffect(() => {
    if (saved !== null) navigate(LIST_PATH, { state: { notice: saved } });
  }, [saved, navigate]);

  const change = (patch: Partial<DestinationDraft>) => {
    const fields = Object.keys(patch).flatMap((k) => FIELD_OF[k as keyof DestinationDraft] ?? []);
    setDraft((d) => ({ ...d, ...patch }));
    setTouched((t) => new Set([...t, ...fields]));
    setServerErrors((e) => Object.fromEntries(Object.entries(e).filter(([f]) => !fields.includes(f))));
  };

  const adopt = (version: Versioned<Destination>) => {
    const next = draftFrom(version.data);
    setBase(version);
    setBaseline(next);
    setDraft(next);
  };

  const versioned = useVersionedWrite<
    Versioned<Destination> | null,
    DestinationDraft,
    Versioned<Destination>
  >({
    write: (against, toSave) => {
      setFailure(null);
      return save.mutateAsync({
        id: against?.data.id ?? null,
        input: inputFrom(toSave),
        etag: against?.etag ?? null,
        key: idempotencyKey,
      });
    },
    onSaved: (result) => {
      adopt(result);
      setSaved(`Saved "${result.data.name}".`);
    },
    onError: (error) => {
      // the form keeps everything as typed; the API's field errors show on their fields
      if (error instanceof ApiError && error.problem?.errors?.length) {
        setServerErrors(error.fieldErrors());
        setFailure('Not saved: correct the marked fields.');
        return;
      }
      setFailure(`Not saved. ${errorMessage(error)}`);
    },
    // a create names no version, so only an update can be refused as stale
    reread: (against) => against && getDestination(against.data.id),
    onRereadError: (error) => setFailure(errorMessage(error)),
    onTakeTheirs: adopt,
    keepMine: ({ theirs, mine }, send) => {
      setBase(theirs);
      return send(theirs, mine);
    },
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void versioned.run(async (send) => {
      setSubmitted(true);
      if (Object.keys(clientErrors).length > 0) {
        setFailure('Not saved: correct the marked fields.');
        // keyboard and screen-reader users land on the first field to correct
        requestAnimationFrame(() =>
          form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
        );
        return;
      }
      await send(base, draft);
    });
  };

  return (
    <form
      ref={form}
      onSubmit={submit}
      noValidate
      aria-label={initial ? `Edit ${initial.data.name}` : 'Add destination'}
    >
      {!canManage && (
        <Alert severity="info" sx={{ mb: 2 }}>
          You can view this destination; only owners can change it.
        </Alert>
      )}
      <DestinationFields
        draft={draft}
        onChange={change}
        errors={errors}
        secretStored={secretStored}
        secretStoredAt={base?.data.secretUpdatedAt ?? null}
        disabled={!canManage || versioned.saving}
      />
      {failure && (
        <Alert severity="error" sx={{ mt: 2 }} role="alert">
          {failure}
        </Alert>
      )}
      <Stack direction="row" sx={{ gap: 1, mt: 3 }}>
        {canManage && (
          <Button type="submit" variant="contained" disabled={versioned.saving || (!dirty && base !== null)}>
            {versioned.saving ? 'Saving…' : 'Save'}
          </Button>
        )}
        <Button component={RouterLink} to={LIST_PATH}>
          {canManage ? 'Cancel' : 'Back'}
        </Button>
        {canManage && base && (
          <Button onClick={() => setTesting(true)} aria-haspopup="dialog" sx={{ ml: 'auto' }}>
            Send test event
          </Button>
        )}
      </Stack>
      {testing && base && (
        <TestEventDialog id={base.data.id} name={base.data.name} onClose={() => setTesting(false)} />
      )}
      <ConflictDialog
        {...versioned.dialog}
        subject={`audit destination "${base?.data.name ?? draft.name}"`}
        rows={versioned.conflict ? conflictRows(draft, versioned.conflict.theirs.data, secretStored) : []}
      />
      <UnsavedChangesGuard when={dirty && saved === null} />
    </form>
  );
}
