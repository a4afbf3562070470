import { Activity, type ReactNode } from 'react';
import { Alert, AlertTitle, Box, Button } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { ApiError } from '../../api/errors';
import { meQuery } from '../../api/me';
import { READ_AUDIT_LOGS } from '../../api/schemas/me';
import { LoadingState } from '../../components/ResultStates';

/**
 * Someone without the permission sees why, not a grid of 403s. While the account loads, the
 * page renders out of sight (no effects, so no requests of its own), so that it only has to be
 * shown once the permission is known instead of built then.
 */
export function RequireAuditAccess({ children }: { children: ReactNode }) {
  const me = useQuery(meQuery);
  // the Shell's notice says why and offers "Sign in again": a Retry here would only fail again
  if (me.isError && me.error instanceof ApiError && me.error.status === 401) return null;
  if (me.isError)
    return (
      <Box sx={{ p: 2 }}>
        <Alert severity="error" action={<Button onClick={() => void me.refetch()}>Retry</Button>}>
          <AlertTitle component="h1">Your account could not be loaded</AlertTitle>
          {me.error.message}
        </Alert>
      </Box>
    );
  if (me.isSuccess && !me.data.permissions.includes(READ_AUDIT_LOGS))
    return (
      <Box sx={{ p: 2 }}>
        <Alert severity="warning">
          <AlertTitle component="h1">You don't have permission to read audit logs</AlertTitle>
          Ask an owner of {me.data.org.name} for the “{READ_AUDIT_LOGS}” permission.
        </Alert>
      </Box>
    );
  return (
    <>
      {me.isPending && <LoadingState />}
      <Activity mode={me.isPending ? 'hidden' : 'visible'}>{children}</Activity>
    </>
  );
}
