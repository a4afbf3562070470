import type { StreamName } from '../../../src/api/streams';

/**
 * `log_type` values and the stream each names. The audit destinations documentation sends
 * `access` and `authorization`; its other record types by their names.
 */
export const LOG_TYPES: Readonly<Record<string, StreamName>> = {
  access: 'access',
  authorization: 'authorisation',
  authorisation: 'authorisation',
  authentication: 'authentication',
  api_access: 'activity',
  activity: 'activity',
  audit: 'activity',
};

/** What an event was recognised as: a stream, and for activity which of the two shapes. */
export type Recognised =
  | { stream: Exclude<StreamName, 'activity'>; shape: 'native' }
  | { stream: 'activity'; shape: 'native' | 'authentik' }
  | { reason: string; stream: StreamName | null };

const has = (event: Readonly<Record<string, unknown>>, ...keys: string[]) => keys.every((k) => k in event);

/**
 * The stream an event belongs to: by its `log_type`, else by its fields — an authentication
 * stage has `stage` and `trace_id` (the authentication audit's fields), an audit-log row
 * `controller`, `entity` and `action`, an authentik event `action`, `app` and `created`.
 */
export function streamOf(event: Readonly<Record<string, unknown>>): Recognised {
  const logType = event.log_type;
  if (logType !== undefined) {
    const stream = typeof logType === 'string' ? LOG_TYPES[logType.toLowerCase()] : undefined;
    if (stream === undefined)
      return {
        reason: `log_type ${JSON.stringify(logType)} names no stream (known: ${Object.keys(LOG_TYPES).join(', ')})`,
        stream: null,
      };
    if (stream === 'activity')
      return { stream, shape: has(event, 'app', 'created') ? 'authentik' : 'native' };
    return { stream, shape: 'native' };
  }
  if (has(event, 'stage', 'trace_id')) return { stream: 'authentication', shape: 'native' };
  if (has(event, 'controller', 'entity', 'action')) return { stream: 'activity', shape: 'native' };
  if (has(event, 'action', 'app', 'created')) return { stream: 'activity', shape: 'authentik' };
  return {
    reason:
      'the event has no log_type and its fields fit no stream (an authentication stage has stage and trace_id; an audit log controller, entity and action; an authentik event action, app and created)',
    stream: null,
  };
}
