import { useSyncExternalStore } from 'react';
import { ApiError } from '../api/errors';
import { SIGN_IN_NOT_CONFIGURED } from '../api/signIn';

/** The server answered 401: the session ended, or the server has no sign-in set up. */
export interface SignInNeeded {
  /** signing in cannot help: the operator must set the server's OIDC settings */
  notConfigured: boolean;
  detail: string;
}

let current: SignInNeeded | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

/** Told of every failed request (queryClient.ts): a 401 raises the "Sign in again" notice. */
export function noteFailure(error: unknown): void {
  if (!(error instanceof ApiError) || error.status !== 401) return;
  const notConfigured = error.problem?.type === SIGN_IN_NOT_CONFIGURED;
  const detail = error.problem?.detail ?? error.message;
  if (current?.notConfigured === notConfigured && current.detail === detail) return;
  current = { notConfigured, detail };
  notify();
}

/** Any answer that is not a 401 means the session is back (signed in again in another tab). */
export function noteSuccess(): void {
  if (current === null) return;
  current = null;
  notify();
}

export function useSignInNeeded(): SignInNeeded | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

/**
 * Forms with unsaved changes on screen (UnsavedChangesGuard counts them). While there are
 * any, signing in again happens in a new tab, so that this page — and the draft — stay as
 * they are until the save can be tried again.
 */
let unsaved = 0;
export function holdUnsavedDraft(): () => void {
  unsaved++;
  notify();
  return () => {
    unsaved--;
    notify();
  };
}

export function useHasUnsavedDraft(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => unsaved > 0,
  );
}
