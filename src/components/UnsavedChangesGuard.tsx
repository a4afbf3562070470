import { useEffect } from 'react';
import { Typography } from '@mui/material';
import { useBlocker } from 'react-router';
import { holdUnsavedDraft } from '../lib/signInNeeded';
import { ConfirmDialog } from './ConfirmDialog';

/**
 * Asks before leaving a form with unsaved changes: in-app navigation (links, back/forward)
 * gets a dialog, closing or reloading the tab the browser's own prompt.
 */
export function UnsavedChangesGuard({ when }: { when: boolean }) {
  // the router takes the new function in an effect: a save that clears `when` and then
  // navigates from its own (parent) effect is already let through
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when &&
      (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search),
  );

  // a session that ends now is renewed in another tab, so that this draft stays on screen
  useEffect(() => (when ? holdUnsavedDraft() : undefined), [when]);

  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // older browsers show the prompt only when returnValue is set
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [when]);

  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title="Leave without saving?"
      confirmLabel="Leave"
      destructive
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    >
      <Typography>Your changes on this page have not been saved. If you leave, they are lost.</Typography>
    </ConfirmDialog>
  );
}
