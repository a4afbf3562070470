import type { QuarantinedEvent, QuarantineRetry } from '../../../../api/schemas/ingest';
import { streamContracts } from '../../../../api/streams';
import { formatTime } from '../../destinations/format';

/** What a retry did, in the words the row's user needs next. */
export function describeRetry(result: QuarantineRetry): string {
  switch (result.outcome) {
    case 'stored':
      return `Stored in ${streamContracts[result.stream].title}.`;
    case 'duplicate':
      return `Already stored in ${streamContracts[result.stream].title}: nothing was added.`;
    case 'rejected':
      return `Still rejected: ${result.reason}`;
  }
}

/** How a control names its event: by unique_id, which the sender knows, else by arrival. */
export function eventName(event: QuarantinedEvent): string {
  return event.uniqueId ?? `received ${formatTime(event.receivedAt)}`;
}

/** The raw event as indented JSON; text that is not JSON as it came. */
export function prettyJson(raw: string): string {
  try {
    return JSON.stringify(JSON.parse(raw) as unknown, null, 2);
  } catch {
    return raw;
  }
}
