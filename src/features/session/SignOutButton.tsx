import { useState } from 'react';
import { Button } from '@mui/material';
import { SIGN_OUT_PATH } from '../../api/signIn';
import { useSignInServer } from './useSignInServer';

/**
 * A server's console only (the demo has its Role switcher instead): ends the session at the
 * server, then goes where it says — the provider's logout, or the console's home.
 */
export function SignOutButton() {
  const signedIn = useSignInServer();
  const [busy, setBusy] = useState(false);
  if (!signedIn) return null;
  const signOut = async () => {
    setBusy(true);
    try {
      const response = await fetch(SIGN_OUT_PATH, {
        method: 'POST',
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
      const body = (await response.json().catch(() => ({}))) as { next?: unknown };
      window.location.assign(typeof body.next === 'string' ? body.next : '/');
    } catch {
      window.location.assign('/');
    }
  };
  return (
    <Button size="small" color="inherit" disabled={busy} onClick={() => void signOut()}>
      Sign out
    </Button>
  );
}
