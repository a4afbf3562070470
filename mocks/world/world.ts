/**
 * One simulated organisation seen through all four audit streams. The authentication
 * stream is generated first; its tokens then carry the requests of the authorisation and
 * access streams, and some of those requests carry the changes of the activity stream, so
 * an auditor can follow one login from stream to stream by token id and request id.
 */
import type { AccessRecord } from '../../src/api/streams/access';
import type { ActivityRecord } from '../../src/api/streams/activity';
import type { AuthenticationRecord } from '../../src/api/streams/authentication';
import type { AuthorisationRecord } from '../../src/api/streams/authorisation';
import { ActivityGenerator } from './activity';
import { generateAuthenticationTimed } from './authentication';
import { createEndpoints } from './endpoints';
import { createOrganisation } from './organisation';
import { createRandom, deriveSeed } from './random';
import type { Timed } from '../../server/engine/timed';
import { RequestGenerator, type RequestScenarios } from './requests';
import { extractSessions } from './sessions';
import { DAY, shiftInstants } from './timeline';
import { createFleet } from './workgroups';

export { SYSTEM_USER } from './activity';

export interface WorldOptions {
  /** exact number of records in each stream */
  count: number;
  seed: number;
  /** epoch ms; no record is later */
  now: number;
  /** records span [now - days, now]; default 30 */
  days?: number;
  /** the world's id tag (numbering.ts): ids `auth-<tag>-<n>`; none: `auth-<n>` */
  idTag?: string;
  /**
   * ms added to every record's time (and instant) once the world is made in [now - days, now]:
   * the same world shown at another time (worldSource). Whole ms; default 0.
   */
  shift?: number;
  /** called after each phase with its duration, for profiling */
  onPhase?: (phase: string, ms: number) => void;
}

export interface World {
  authentication: Timed<AuthenticationRecord>;
  authorisation: Timed<AuthorisationRecord>;
  access: Timed<AccessRecord>;
  activity: Timed<ActivityRecord>;
  /** where the staged incidents are, for tests and demos */
  scenarios: RequestScenarios;
}

/** share of activity records that came through the API with a token */
const API_SHARE = 0.12;

export function generateWorld(options: WorldOptions): World {
  const { count, seed, now, days = 30, idTag, shift = 0, onPhase } = options;
  let clock = performance.now();
  const lap = (phase: string) => {
    const t = performance.now();
    onPhase?.(phase, t - clock);
    clock = t;
  };
  if (!Number.isSafeInteger(count) || count < 0)
    throw new RangeError(`count must be a non-negative integer, got ${String(count)}`);
  if (!(days > 0)) throw new RangeError(`days must be positive, got ${String(days)}`);
  const end = Math.floor(now);
  const from = Math.ceil(end - days * DAY);
  const authentication = generateAuthenticationTimed({ count, seed, now, days, idTag, shift });
  lap('authentication');
  const org = createOrganisation(seed);
  // the other streams are made in the world's own frame: its sessions are read there too
  const frameTimes = shift === 0 ? authentication.times : authentication.times.map((t) => t - shift);
  const sessions = extractSessions(org, authentication.records, frameTimes, end);
  lap('sessions');
  const requests = new RequestGenerator(
    org,
    createEndpoints(org, seed),
    sessions.tokens,
    createRandom(deriveSeed(seed, 'requests')),
    count,
    from,
    end,
    shift,
  );
  const activity = new ActivityGenerator(
    org,
    createFleet(seed),
    sessions,
    requests,
    createRandom(deriveSeed(seed, 'activity')),
    count,
    from,
    end,
    shift,
  );
  // API changes first: they claim their requests before ordinary traffic fills the streams
  activity.linked(API_SHARE);
  lap('activity (API changes)');
  requests.run();
  lap('authorisation + access');
  activity.run();
  lap('activity');
  const { authorisation, access } = requests.finish(idTag);
  lap('authorisation + access (ordering)');
  const changes = activity.finish(idTag);
  lap('activity (ordering)');
  return {
    authentication,
    authorisation: shiftInstants(authorisation, shift),
    access: shiftInstants(access, shift),
    activity: shiftInstants(changes, shift),
    scenarios: requests.scenarios,
  };
}
