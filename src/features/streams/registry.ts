import type { StreamName } from '../../api/streams';
import type { StreamDefinition } from '../search/definition';
import { authenticationStream } from './authentication';

export const streamDefinitions: Record<StreamName, StreamDefinition> = {
  authentication: authenticationStream,
};
