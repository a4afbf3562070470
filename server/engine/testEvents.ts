import type { RecordType } from '../../src/api/schemas/recordTypes';
import { randomId } from '../../src/api/randomId';

/** A 22-character id like the Agilicus audit-destinations documentation's `unique_id` values. */
function uniqueId(): string {
  const alphabet = '23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  return Array.from(crypto.getRandomValues(new Uint8Array(22)), (b) => alphabet[b % alphabet.length]).join(
    '',
  );
}

const ORG = '5kX8JJdQ3CzY7wPq2m';

/** One event of a record type, shaped like the Agilicus audit-destinations documentation's (access, authorisation) and the Agilicus authentication-audit examples. */
function sampleEvent(type: RecordType, now: Date): Record<string, unknown> {
  const time = now.toISOString();
  const common = { org: ORG, hostname: 'audit-console', request_id: randomId(), test: true };
  switch (type) {
    case 'access':
      return {
        ...common,
        log_type: 'access',
        authority: 'share.dunmore-energy.com',
        bytes_received: 0,
        bytes_sent: 0,
        downstream_remote_address: '198.51.100.24',
        duration: 16,
        method: 'GET',
        path: '/audit-destination-test',
        protocol: 'HTTP/1.1',
        response_code: 200,
        start_time: time,
      };
    case 'authorisation':
      return {
        ...common,
        log_type: 'authorization',
        allowed: true,
        authenticated: true,
        authority: 'share.dunmore-energy.com',
        downstream_remote_address: '198.51.100.24',
        method: 'GET',
        path: '/audit-destination-test',
        protocol: 'HTTP/1.1',
        time,
      };
    case 'authentication':
      return {
        ...common,
        log_type: 'authentication',
        user_id: 'u-owner-0001',
        time,
        event: 'success',
        stage: 'test',
        source_ip: '198.51.100.24',
        issuer: 'https://auth.dunmore-energy.com',
        client_id: 'audit-console',
        application_name: 'Audit Console',
      };
    case 'activity':
      return {
        ...common,
        log_type: 'api_access',
        controller: 'audit.destinations',
        action: 'test',
        time,
      };
  }
}

/** The batch a destination receives, in the Agilicus audit-destinations documentation's format: `{"events":[{create_time, event, unique_id}]}`. */
export function testBatch(type: RecordType, now = new Date()) {
  return {
    events: [{ create_time: now.toISOString(), event: sampleEvent(type, now), unique_id: uniqueId() }],
  };
}
