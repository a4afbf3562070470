import { streamContracts, streamNames, type StreamName } from '../../api/streams';

/** What the navigation needs of each stream, without loading the stream's grid code. */
export const streamNav: readonly { stream: StreamName; title: string }[] = streamNames.map((stream) => ({
  stream,
  title: streamContracts[stream].title,
}));
