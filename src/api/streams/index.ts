import { accessContract } from './access';
import { activityContract } from './activity';
import { authenticationContract } from './authentication';
import { authorisationContract } from './authorisation';
import type { StreamContract } from './types';

export type { StreamContract } from './types';

/** Every stream the API serves, by the name used in its URLs. */
export const streamNames = ['authentication', 'authorisation', 'access', 'activity'] as const;
export type StreamName = (typeof streamNames)[number];

/** A record of any stream, as the generic engine sees it. */
export type AuditRecord = { id: string } & Record<string, unknown>;

export const streamContracts: Record<StreamName, StreamContract<AuditRecord>> = {
  // Widened once here: the engine and the mock handle every stream's records generically.
  authentication: authenticationContract as unknown as StreamContract<AuditRecord>,
  authorisation: authorisationContract as unknown as StreamContract<AuditRecord>,
  access: accessContract as unknown as StreamContract<AuditRecord>,
  activity: activityContract as unknown as StreamContract<AuditRecord>,
};

export function isStreamName(name: string): name is StreamName {
  return (streamNames as readonly string[]).includes(name);
}
