import { useState } from 'react';
import { isStaleVersion } from '../api/errors';
import { noteFailure } from './signInNeeded';
import { useSingleFlight } from './useSingleFlight';

/** Writes `draft` over the version `against`; only handed out inside a run, so never twice at once. */
export type Send<V, D> = (against: V, draft: D) => Promise<void>;

/** Someone else saved first: the version stored now, and the draft it refused. */
export interface Conflict<V, D> {
  theirs: NonNullable<V>;
  mine: D;
}

export interface VersionedWriteOptions<V, D, R> {
  /** The request itself, naming `against` (its ETag as If-Match). */
  write: (against: V, draft: D) => Promise<R>;
  onSaved?: (result: R, against: V, draft: D) => void;
  /** Any failure that is not turned into a conflict; the caller keeps its draft as typed. */
  onError: (error: unknown, against: V, draft: D) => void;
  /**
   * After a 412, reads the version stored now, to set beside the draft. Null when there is
   * nothing to read (a create names no version). Without it, a 412 goes to onError.
   */
  reread?: (against: V) => Promise<NonNullable<V>> | null;
  /** The re-read failed; by default onError. */
  onRereadError?: (error: unknown, against: V, draft: D) => void;
  /** "Take theirs": load their version into the form. */
  onTakeTheirs?: (theirs: NonNullable<V>) => void;
  /** "Keep mine": by default the same draft is written over their version. */
  keepMine?: (conflict: Conflict<V, D>, send: Send<V, D>) => Promise<void>;
}

/** What `ConflictDialog` needs besides its subject and rows. */
export interface ConflictDialogActions {
  open: boolean;
  busy: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onCancel: () => void;
}

export interface VersionedWrite<V, D> {
  /** Writes `draft` over `against`; ignored while an earlier run is in flight. */
  save: (against: V, draft: D) => Promise<void>;
  /** For forms with steps before the write (a check, a confirmation): one flight for all of it. */
  run: (task: (send: Send<V, D>) => Promise<void>) => Promise<void>;
  /** A write, or the re-read after its 412, is in flight. */
  saving: boolean;
  conflict: Conflict<V, D> | null;
  dialog: ConflictDialogActions;
}

/**
 * A write guarded by a version (If-Match): one at a time, and a 412 becomes a conflict the
 * user settles. Nothing is lost silently: their version is read again and shown beside the
 * draft, and "Keep mine" writes the draft over exactly the version the user has now seen.
 */
export function useVersionedWrite<V, D = void, R = unknown>(
  options: VersionedWriteOptions<V, D, R>,
): VersionedWrite<V, D> {
  const flight = useSingleFlight();
  const [saving, setSaving] = useState(false);
  const [conflict, setConflict] = useState<Conflict<V, D> | null>(null);

  const send: Send<V, D> = async (against, draft) => {
    setSaving(true);
    try {
      let result: R;
      try {
        result = await options.write(against, draft);
      } catch (error) {
        const reread = isStaleVersion(error) ? options.reread?.(against) : null;
        if (!reread) {
          // a write made without React Query still raises "Sign in again"; the form keeps its draft
          noteFailure(error);
          options.onError(error, against, draft);
          return;
        }
        try {
          setConflict({ theirs: await reread, mine: draft });
        } catch (failure) {
          (options.onRereadError ?? options.onError)(failure, against, draft);
        }
        return;
      }
      options.onSaved?.(result, against, draft);
    } finally {
      setSaving(false);
    }
  };

  const run = (task: (send: Send<V, D>) => Promise<void>) => flight(() => task(send));
  const keepMine = options.keepMine ?? ((c: Conflict<V, D>, s: Send<V, D>) => s(c.theirs, c.mine));

  return {
    save: (against, draft) => run((s) => s(against, draft)),
    run,
    saving,
    conflict,
    dialog: {
      open: conflict !== null,
      busy: saving,
      onCancel: () => setConflict(null),
      onTakeTheirs: () => {
        if (conflict) options.onTakeTheirs?.(conflict.theirs);
        setConflict(null);
      },
      onKeepMine: () => {
        if (!conflict) return;
        setConflict(null);
        void run((s) => keepMine(conflict, s));
      },
    },
  };
}
