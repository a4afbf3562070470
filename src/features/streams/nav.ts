import type { StreamName } from '../../api/streams';

/** What the navigation needs of each stream, without loading the stream's grid code. */
export const streamNav: readonly { stream: StreamName; title: string }[] = [
  { stream: 'authentication', title: 'Authentication' },
  { stream: 'authorisation', title: 'Authorisation' },
  { stream: 'access', title: 'Access' },
  { stream: 'activity', title: 'Activity' },
];
