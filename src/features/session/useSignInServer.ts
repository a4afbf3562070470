import { useQuery } from '@tanstack/react-query';
import { apiMode } from '../../api/config';
import { meQuery } from '../../api/me';
import { LOCAL_OPERATOR_ID } from '../../api/signIn';

/**
 * Whether people sign in to this console's API, so that it has sessions: a server with an
 * identity provider. The demo (mock mode) and a server in demo mode (the local operator) have none.
 */
export function useSignInServer(): boolean {
  const me = useQuery(meQuery);
  return apiMode === 'http' && me.data !== undefined && me.data.user.id !== LOCAL_OPERATOR_ID;
}
