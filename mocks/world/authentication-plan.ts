/**
 * Scripts of authentication pipelines: which (stage, event) steps happen and how far
 * apart. Identities, ids and instants are filled in later by authentication.ts, so the
 * scripts stay about behaviour (typing delays, failure rates, retries).
 */
import type { Application, HumanUser } from './organisation';
import type { Random } from './random';
import { HOUR, MINUTE } from './timeline';

export const STAGE = {
  loginStart: 'login_start',
  identify: 'identify',
  upstreamLogin: 'upstream_login',
  password: 'password',
  mfa: 'mfa',
  authorize: 'authorize',
  tokenIssue: 'token_issue',
  tokenRefresh: 'token_refresh',
  logout: 'logout',
  clientCredentials: 'client_credentials',
} as const;

export const EVENT = {
  started: 'started',
  success: 'success',
  userNotFound: 'user_not_found',
  redirect: 'redirect',
  failure: 'failure',
  challenge: 'challenge',
  timeout: 'timeout',
  accessDenied: 'access_denied',
  issued: 'issued',
  reissued: 'reissued',
} as const;

export type AuthStage = (typeof STAGE)[keyof typeof STAGE];
export type AuthEvent = (typeof EVENT)[keyof typeof EVENT];

/** every stage and the events it can report */
export const STAGE_EVENTS: Readonly<Record<AuthStage, readonly AuthEvent[]>> = {
  login_start: [EVENT.started],
  identify: [EVENT.success, EVENT.userNotFound],
  upstream_login: [EVENT.redirect, EVENT.success, EVENT.failure],
  password: [EVENT.success, EVENT.failure],
  mfa: [EVENT.challenge, EVENT.success, EVENT.failure, EVENT.timeout],
  authorize: [EVENT.success, EVENT.accessDenied],
  token_issue: [EVENT.issued],
  token_refresh: [EVENT.reissued],
  logout: [EVENT.success],
  client_credentials: [EVENT.success, EVENT.failure],
};

/** enough for three login attempts, eight refreshes and a logout */
const CAPACITY = 64;

/** Reusable step buffer: one per generator run, so planning allocates nothing. */
export class Plan {
  length = 0;
  /** running clock, ms since the start of the group */
  clock = 0;
  readonly stages = new Array<AuthStage>(CAPACITY).fill(STAGE.loginStart);
  readonly events = new Array<AuthEvent>(CAPACITY).fill(EVENT.started);
  readonly offsets = new Float64Array(CAPACITY);

  clear(): void {
    this.length = 0;
    this.clock = 0;
  }

  step(stage: AuthStage, event: AuthEvent, delay: number): void {
    if (this.length >= CAPACITY) return;
    this.clock += delay;
    this.stages[this.length] = stage;
    this.events[this.length] = event;
    this.offsets[this.length] = this.clock;
    this.length++;
  }
}

// plain numbers: enums are not erasable syntax
const SUCCEEDED = 0;
const RETRYABLE = 1;
const GAVE_UP = 2;
type Outcome = typeof SUCCEEDED | typeof RETRYABLE | typeof GAVE_UP;

/** One pass through the pipeline, about 12% of which fail somewhere. */
function loginAttempt(plan: Plan, rng: Random, user: HumanUser, app: Application, delay: number): Outcome {
  plan.step(STAGE.loginStart, EVENT.started, delay);
  // closed the tab on the sign-in page
  if (rng.chance(0.012)) return GAVE_UP;
  if (rng.chance(0.015)) {
    plan.step(STAGE.identify, EVENT.userNotFound, rng.int(1500, 12_000));
    return RETRYABLE;
  }
  plan.step(STAGE.identify, EVENT.success, rng.int(1500, 12_000));
  if (user.idp.federated) {
    plan.step(STAGE.upstreamLogin, EVENT.redirect, rng.int(120, 600));
    if (rng.chance(0.01)) return GAVE_UP;
    const failed = rng.chance(0.03);
    plan.step(STAGE.upstreamLogin, failed ? EVENT.failure : EVENT.success, rng.int(2500, 25_000));
    if (failed) return RETRYABLE;
  } else {
    const failed = rng.chance(0.06);
    plan.step(STAGE.password, failed ? EVENT.failure : EVENT.success, rng.int(2000, 10_000));
    if (failed) return RETRYABLE;
  }
  if (user.mfa || app.requiresMfa) {
    plan.step(STAGE.mfa, EVENT.challenge, rng.int(150, 700));
    const r = rng.next();
    if (r < 0.02) {
      plan.step(STAGE.mfa, EVENT.failure, rng.int(8000, 40_000));
      return RETRYABLE;
    }
    if (r < 0.04) {
      // the challenge expires after five minutes
      plan.step(STAGE.mfa, EVENT.timeout, rng.int(300_000, 301_500));
      return RETRYABLE;
    }
    plan.step(STAGE.mfa, EVENT.success, rng.int(4000, 30_000));
  }
  if (rng.chance(0.02)) {
    plan.step(STAGE.authorize, EVENT.accessDenied, rng.int(80, 400));
    return GAVE_UP;
  }
  plan.step(STAGE.authorize, EVENT.success, rng.int(80, 400));
  plan.step(STAGE.tokenIssue, EVENT.issued, rng.int(30, 250));
  return SUCCEEDED;
}

const REFRESH_COUNTS = [
  [0, 35],
  [1, 20],
  [2, 15],
  [3, 12],
  [4, 8],
  [6, 6],
  [8, 4],
] as const;

/** A person signing in (retrying after slips), then refreshing hourly and maybe logging out. */
export function planHumanSession(plan: Plan, rng: Random, user: HumanUser, app: Application): void {
  plan.clear();
  let outcome = loginAttempt(plan, rng, user, app, 0);
  for (let retries = 0; outcome === RETRYABLE && retries < 2; retries++) {
    if (!rng.chance(0.65)) break;
    outcome = loginAttempt(plan, rng, user, app, rng.int(3000, 40_000));
  }
  if (outcome !== SUCCEEDED) return;
  const refreshes = rng.weighted(REFRESH_COUNTS);
  // tokens live an hour and are renewed shortly before they expire
  for (let i = 0; i < refreshes; i++)
    plan.step(STAGE.tokenRefresh, EVENT.reissued, HOUR - rng.int(0, 5 * MINUTE));
  if (rng.chance(0.3)) plan.step(STAGE.logout, EVENT.success, rng.int(2 * MINUTE, 90 * MINUTE));
}

export function planServiceLogin(plan: Plan, rng: Random): void {
  plan.clear();
  let failed = rng.chance(0.03);
  plan.step(STAGE.clientCredentials, failed ? EVENT.failure : EVENT.success, 0);
  // a rotated secret not yet deployed fails again; a blip succeeds on the next run
  if (failed && rng.chance(0.5)) {
    failed = rng.chance(0.5);
    plan.step(STAGE.clientCredentials, failed ? EVENT.failure : EVENT.success, rng.int(30_000, 60_000));
  }
  if (!failed) plan.step(STAGE.tokenIssue, EVENT.issued, rng.int(20, 120));
}

/** A scripted guess: no human delays. `known` when the guessed address belongs to a local user. */
export function planStuffingAttempt(plan: Plan, rng: Random, known: boolean): void {
  plan.clear();
  plan.step(STAGE.loginStart, EVENT.started, 0);
  if (known) {
    plan.step(STAGE.identify, EVENT.success, rng.int(40, 250));
    plan.step(STAGE.password, EVENT.failure, rng.int(60, 400));
  } else {
    plan.step(STAGE.identify, EVENT.userNotFound, rng.int(40, 250));
  }
}
