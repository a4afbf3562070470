import { Alert, AlertTitle, Box, Button } from '@mui/material';
import { useLocation } from 'react-router';
import { signInUrl } from '../api/signIn';
import { useHasUnsavedDraft, useSignInNeeded } from '../lib/signInNeeded';

/**
 * Shown above every page once a request answers 401: "Sign in again" goes through the
 * provider and back to this very URL (query, range, open record). Nothing retries by itself,
 * so a dead session makes no loop of requests. With unsaved changes on screen, the sign-in
 * opens in a new tab and this one keeps the draft until Save is pressed again.
 */
export function SignInNotice() {
  const needed = useSignInNeeded();
  const draft = useHasUnsavedDraft();
  const { pathname, search, hash } = useLocation();
  if (!needed) return null;
  if (needed.notConfigured)
    return (
      <Box sx={{ p: 2, pb: 0 }}>
        <Alert severity="error" role="alert">
          <AlertTitle>Sign-in is not set up on this server</AlertTitle>
          {needed.detail}
        </Alert>
      </Box>
    );
  const href = signInUrl(`${pathname}${search}${hash}`);
  return (
    <Box sx={{ p: 2, pb: 0 }}>
      <Alert
        severity="warning"
        role="alert"
        action={
          <Button color="inherit" href={href} {...(draft ? { target: '_blank', rel: 'noopener' } : {})}>
            {draft ? 'Sign in again (new tab)' : 'Sign in again'}
          </Button>
        }
      >
        <AlertTitle>Your session has ended</AlertTitle>
        {needed.detail}
        {draft && ' Your unsaved changes stay on this page: sign in in the new tab, then save here again.'}
      </Alert>
    </Box>
  );
}
