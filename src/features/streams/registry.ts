import type { StreamName } from '../../api/streams';
import type { StreamDefinition } from '../search/definition';
import { accessStream } from './access';
import { activityStream } from './activity';
import { authenticationStream } from './authentication';
import { authorisationStream } from './authorisation';

export const streamDefinitions: Record<StreamName, StreamDefinition> = {
  authentication: authenticationStream,
  authorisation: authorisationStream,
  access: accessStream,
  activity: activityStream,
};
