/**
 * Mock authentication audit stream (Agilicus authentication audit): login pipelines of the simulated
 * organisation, credential-stuffing bursts, and a few hostile-looking values.
 */
import type { AuthenticationRecord } from '../../src/api/streams/authentication';
import {
  EVENT,
  Plan,
  STAGE,
  planHumanSession,
  planServiceLogin,
  planStuffingAttempt,
} from './authentication-plan';
import {
  createOrganisation,
  type Application,
  type HumanUser,
  type Issuer,
  type Organisation,
  type Principal,
  type ServiceAccount,
} from './organisation';
import { createRandom, deriveSeed, type Random } from './random';
import { countAtOrAfter, mergeNewestFirst, type Timed } from '../../server/engine/timed';
import { idPrefix, numberInOrder, numberNewestFirst, sortNewestFirst } from './numbering';
import { DAY, HOUR, IsoFormatter, TimeSampler, localClock, shiftInstants, workdayWeight } from './timeline';

export { EVENT, STAGE, STAGE_EVENTS, type AuthEvent, type AuthStage } from './authentication-plan';

export interface AuthenticationOptions {
  /** exact number of records returned */
  count: number;
  seed: number;
  /** epoch ms; no record is later */
  now: number;
  /** records span [now - days, now]; default 30 */
  days?: number;
  /** the world's id tag (numbering.ts): ids `auth-<tag>-<n>`; none: `auth-<n>` */
  idTag?: string;
  /** ms added to every record's time after the world is made in [now - days, now] (worldSource) */
  shift?: number;
}

/** share of groups per kind; bursts and probes come on top */
const GROUP_KINDS = [
  ['human', 70],
  ['service', 28],
  ['probe', 2],
] as const;

class AuthenticationGenerator {
  readonly records: AuthenticationRecord[];
  readonly times: Float64Array;
  private n = 0;
  private readonly plan = new Plan();
  private readonly iso: IsoFormatter;
  private readonly people: readonly (readonly [HumanUser, number])[];
  private readonly localUsers: readonly HumanUser[];
  private readonly humanTimes: TimeSampler;
  private readonly nightlyTimes: TimeSampler;
  private readonly anyTime: TimeSampler;

  private readonly org: Organisation;
  private readonly rng: Random;
  private readonly count: number;
  private readonly from: number;
  private readonly now: number;

  /** groups start in [from, until]; steps after `now` are left out (they have not happened yet) */
  constructor(
    org: Organisation,
    rng: Random,
    count: number,
    from: number,
    until: number,
    now: number,
    /** ms the records' times are moved by (IsoFormatter) */
    shift = 0,
  ) {
    this.org = org;
    this.rng = rng;
    this.count = count;
    this.from = from;
    this.now = now;
    this.records = new Array<AuthenticationRecord>(count);
    this.times = new Float64Array(count);
    this.iso = new IsoFormatter(from, now, shift);
    this.people = org.users.map((u) => [u, u.activity] as const);
    this.localUsers = org.users.filter((u) => !u.idp.federated);
    const offset = org.utcOffsetMinutes;
    // one factor per calendar day keeps days from looking identical
    const dayNoise = new Map<number, number>();
    const noise = (ms: number): number => {
      const day = Math.floor(ms / DAY);
      let f = dayNoise.get(day);
      if (f === undefined) {
        f = 0.8 + rng.next() * 0.4;
        dayNoise.set(day, f);
      }
      return f;
    };
    this.humanTimes = new TimeSampler(from, until, (ms) => workdayWeight(ms, offset) * noise(ms));
    this.nightlyTimes = new TimeSampler(from, until, (ms) => {
      const { hour } = localClock(ms, offset);
      return hour >= 1 && hour <= 3 ? 1 : 0.02;
    });
    this.anyTime = new TimeSampler(from, until, () => 1);
  }

  run(): void {
    this.probes();
    this.bursts();
    while (this.n < this.count) {
      const kind = this.rng.weighted(GROUP_KINDS);
      if (kind === 'human') this.human();
      else if (kind === 'service') this.service(this.rng.pick(this.org.serviceAccounts));
      else this.probe(this.rng.pick(this.org.guessedEmails), this.rng.pick(this.org.attackerUserAgents));
    }
  }

  /** Fixed early groups, so every dataset of a few records has hostile values to render. */
  private probes(): void {
    const { probes, guessedEmails } = this.org;
    this.probe(probes.htmlEmail, probes.htmlUserAgent);
    this.probe(guessedEmails[0] ?? probes.htmlEmail, probes.longUserAgent);
  }

  private probe(email: string, userAgent: string): void {
    planStuffingAttempt(this.plan, this.rng, false);
    const start = this.anyTime.sample(this.rng);
    this.emit(
      start,
      null,
      email,
      this.org.issuers[0],
      this.app('profile'),
      this.rng.pick(this.org.attackerIps),
      userAgent,
    );
  }

  /** Credential stuffing: hundreds of scripted guesses from one address within minutes. */
  private bursts(): void {
    if (this.count < 200) return;
    const budget = Math.max(40, Math.round(this.count * 0.015));
    const bursts = Math.min(8, 1 + Math.floor(this.count / 100_000));
    for (let b = 0; b < bursts; b++) {
      const ip = this.rng.pick(this.org.attackerIps);
      const userAgent = this.rng.pick(this.org.attackerUserAgents);
      const app = this.app(this.rng.chance(0.5) ? 'admin-portal' : 'file-share');
      const limit = Math.min(this.count, this.n + Math.round(budget / bursts));
      // ~2.3 records per guess, ~1.3 s apart
      let at = Math.max(this.from, this.anyTime.sample(this.rng) - (budget / bursts / 2.3) * 1300);
      while (this.n < limit && at <= this.now) {
        const target =
          this.localUsers.length > 0 && this.rng.chance(0.2) ? this.rng.pick(this.localUsers) : null;
        planStuffingAttempt(this.plan, this.rng, target !== null);
        this.emit(
          at,
          target,
          target ? null : this.rng.pick(this.org.guessedEmails),
          this.org.issuers[0],
          app,
          ip,
          userAgent,
        );
        at += this.rng.int(150, 2500);
      }
    }
  }

  private human(): void {
    const rng = this.rng;
    const user = rng.weighted(this.people);
    const app = rng.weighted(user.applications);
    planHumanSession(this.plan, rng, user, app);
    const start = this.humanTimes.sample(rng);
    const { hour, weekend } = localClock(start, this.org.utcOffsetMinutes);
    const atWork = user.officeIp !== null && !weekend && hour >= 7 && hour < 18 && rng.chance(0.85);
    const ip = atWork ? (user.officeIp ?? '') : rng.pick(user.homeIps);
    let userAgent =
      !atWork && user.mobileUserAgent !== null && rng.chance(0.35)
        ? user.mobileUserAgent
        : user.desktopUserAgent;
    if (app.userAgents) userAgent = rng.pick(app.userAgents);
    this.emit(start, user, user.typoEmail, user.issuer, app, ip, userAgent);
  }

  private service(account: ServiceAccount): void {
    planServiceLogin(this.plan, this.rng);
    const start = (account.nightly ? this.nightlyTimes : this.anyTime).sample(this.rng);
    this.emit(
      start,
      account,
      null,
      account.issuer,
      account.application,
      this.rng.pick(account.sourceIps),
      account.userAgent,
    );
  }

  private app(clientId: string): Application {
    const found = this.org.applications.find((a) => a.clientId === clientId);
    if (!found) throw new Error(`unknown client ${clientId}`);
    return found;
  }

  /**
   * Turns the current plan into records. Identity appears once proven: the user from a
   * successful `identify`, the upstream subject from a successful `upstream_login`, the
   * session from identification, a token only from `token_issue` onwards.
   */
  private emit(
    start: number,
    who: Principal | null,
    unknownEmail: string | null,
    issuer: Issuer | undefined,
    app: Application,
    ip: string,
    userAgent: string,
  ): void {
    if (!issuer) throw new Error('organisation has no issuer');
    const { plan, rng } = this;
    let trace = '';
    let session: string | null = null;
    let token: string | null = null;
    let liveSession: string | null = null;
    let liveToken: string | null = null;
    let known = false;
    let upstream = false;
    for (let i = 0; i < plan.length && this.n < this.count; i++) {
      const ms = start + (plan.offsets[i] ?? 0);
      // steps after `now` have not happened yet: the newest logins are still in progress
      if (ms > this.now) return;
      const stage = plan.stages[i] ?? STAGE.loginStart;
      const event = plan.events[i] ?? EVENT.started;
      switch (stage) {
        case STAGE.loginStart:
          trace = rng.uuid();
          session = token = null;
          known = upstream = false;
          break;
        case STAGE.identify:
          if (event === EVENT.success) {
            known = true;
            session = rng.id();
          }
          break;
        case STAGE.upstreamLogin:
          if (event === EVENT.success) upstream = true;
          break;
        case STAGE.clientCredentials:
          trace = rng.uuid();
          known = true;
          token = null;
          session = event === EVENT.success ? rng.id() : null;
          break;
        case STAGE.tokenIssue:
          token = liveToken = rng.id();
          liveSession = session;
          break;
        case STAGE.tokenRefresh:
          trace = rng.uuid();
          known = upstream = true;
          session = liveSession;
          token = liveToken = rng.id();
          break;
        case STAGE.logout:
          trace = rng.uuid();
          known = upstream = true;
          session = liveSession;
          token = liveToken;
          break;
        default:
          break;
      }
      const user = known ? who : null;
      this.times[this.n] = ms;
      this.records[this.n++] = {
        id: '',
        time: this.iso.format(ms),
        user_id: user ? user.id : null,
        upstream_user_id: user && upstream ? user.upstreamUserId : null,
        email: user ? user.email : event === EVENT.userNotFound ? unknownEmail : null,
        org_id: issuer.org.id,
        org_name: issuer.org.name,
        event,
        source_ip: ip,
        token_id: token,
        trace_id: trace,
        session,
        issuer: issuer.url,
        client_id: app.clientId,
        application_name: app.name,
        login_org_id: app.org ? app.org.id : null,
        login_org_name: app.org ? app.org.name : null,
        upstream_idp: user?.idp ? user.idp.name : null,
        stage,
        user_agent: userAgent,
      };
    }
  }
}

/** A group's steps all fall within this of its first: eight hourly refreshes and a logout at most. */
const MAX_GROUP_SPAN = 12 * HOUR;
/**
 * How much of a large dataset is generated first: the console opens on the last 24 hours, and
 * this part is complete from MAX_GROUP_SPAN after its start.
 */
const RECENT = 40 * HOUR;
/** below this, one part: splitting would save nothing */
const SPLIT_FROM_COUNT = 5_000;

export interface AuthenticationParts {
  /** newest first: every record of the dataset whose time is at or after `completeFrom` */
  recent: Timed<AuthenticationRecord>;
  /** -Infinity when `recent` is the whole dataset */
  completeFrom: number;
  /** the other records, newest first, generated when called; null when there are none */
  older: (() => Timed<AuthenticationRecord>) | null;
}

/**
 * The dataset in two parts, so that a console opening on its default range (the last day)
 * waits for the last day's records only. Groups of the last 40 hours come first; of their
 * records, those before `completeFrom` wait for the groups that started earlier, whose later
 * steps (a refresh hours after a login) may fall among them. Ids number the whole dataset by
 * age either way.
 */
export function generateAuthenticationParts(options: AuthenticationOptions): AuthenticationParts {
  const { count, seed, now, days = 30, shift = 0 } = options;
  if (!Number.isSafeInteger(count) || count < 0)
    throw new RangeError(`count must be a non-negative integer, got ${String(count)}`);
  if (!(days > 0)) throw new RangeError(`days must be positive, got ${String(days)}`);
  const end = Math.floor(now);
  const from = Math.ceil(end - days * DAY);
  const org = createOrganisation(seed);
  const prefix = idPrefix('auth', options.idTag);
  const generate = (stream: string, n: number, start: number, until: number, last: number) => {
    const rng = createRandom(deriveSeed(seed, stream));
    const generator = new AuthenticationGenerator(org, rng, n, start, until, last, shift);
    generator.run();
    return generator;
  };
  if (count < SPLIT_FROM_COUNT || end - from <= 2 * RECENT) {
    const whole = generate('authentication', count, from, end, end);
    return {
      recent: shiftInstants(numberNewestFirst(whole.records, whole.times, count, prefix), shift),
      completeFrom: -Infinity,
      older: null,
    };
  }
  const boundary = end - RECENT;
  const completeFrom = boundary + MAX_GROUP_SPAN;
  // the recent groups' share of the records is their share of the people's working hours
  const hours = new TimeSampler(from, end, (ms) => workdayWeight(ms, org.utcOffsetMinutes));
  const olderCount = Math.round(count * (1 - hours.shareAfter(boundary)));
  const recentGroups = generate('authentication:recent', count - olderCount, boundary, end, end);
  // numbered as the newest of the dataset: right for every record at or after completeFrom
  const recent = numberNewestFirst(
    recentGroups.records,
    recentGroups.times,
    count - olderCount,
    prefix,
    olderCount + 1,
  );
  const split = countAtOrAfter(recent.times, completeFrom);
  return {
    recent: shiftInstants(
      { records: recent.records.slice(0, split), times: recent.times.slice(0, split) },
      shift,
    ),
    completeFrom: completeFrom + shift,
    older: () => {
      // steps past completeFrom would fall among records already numbered; none reach it
      const groups = generate('authentication', olderCount, from, boundary, completeFrom - 1);
      const rest = mergeNewestFirst(
        { records: recent.records.slice(split), times: recent.times.slice(split) },
        sortNewestFirst(groups.records, groups.times, olderCount),
      );
      // numbered once, merged: these records interleave with the recent part's held-back ones
      numberInOrder(rest.records, prefix);
      return shiftInstants(rest, shift);
    },
  };
}

/**
 * Records newest first with their instants (epoch ms, same order), for stores that
 * index by time and would otherwise parse a million timestamps again.
 */
export function generateAuthenticationTimed(options: AuthenticationOptions): Timed<AuthenticationRecord> {
  const { recent, older } = generateAuthenticationParts(options);
  return older ? mergeNewestFirst(recent, older()) : recent;
}

/** Exactly `count` records, newest first, spread over the `days` before `now`. */
export function generateAuthentication(options: AuthenticationOptions): AuthenticationRecord[] {
  return generateAuthenticationTimed(options).records;
}
