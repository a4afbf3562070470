import { instantsOf, offsetAt, offsetLabel } from '../../api/timeZones';

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-11-01 01:30:00` of a wall clock time (epoch ms of the same fields in UTC). */
export function wallText(wall: number, withSeconds = true): string {
  const d = new Date(wall);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${withSeconds ? `:${pad(d.getUTCSeconds())}` : ''}`;
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${time}`;
}

/**
 * A bound of the range picker as the person edits it: the wall clock time they see, and which
 * offset they mean when it happens twice. An instant becomes one of these with its own offset,
 * so it comes back unmoved however its fields are edited around it.
 */
export interface WallBound {
  readonly wall: number;
  /** the offset wanted when the wall time is repeated (the earlier instance when neither) */
  readonly offset: number;
}

export function wallBoundOf(timeZone: string, ms: number): WallBound {
  const offset = offsetAt(timeZone, ms);
  return { wall: ms + offset, offset };
}

/** What a bound means: an instant (with the other instance of a repeated time), or an error. */
export type ResolvedBound =
  | {
      readonly kind: 'instant';
      readonly ms: number;
      readonly offset: number;
      /** both instances when the clocks went back over this time, earliest first */
      readonly repeated: readonly { ms: number; offset: number }[] | null;
    }
  | { readonly kind: 'skipped'; readonly message: string };

export function resolveWallBound(timeZone: string, bound: WallBound): ResolvedBound {
  const named = instantsOf(timeZone, bound.wall);
  if (named.kind === 'skipped') {
    const [before, after] = named.offsets;
    return {
      kind: 'skipped',
      message:
        `${wallText(bound.wall)} does not exist in local time: at ${wallText(named.from, false)} ` +
        `the clocks went forward to ${wallText(named.to, false).slice(11)} ` +
        `(${offsetLabel(before)} → ${offsetLabel(after)}).`,
    };
  }
  const { instants } = named;
  const chosen = instants.find((i) => i.offset === bound.offset) ?? instants[0];
  if (chosen === undefined) throw new Error('a wall time that exists names an instant');
  return { kind: 'instant', ...chosen, repeated: instants.length > 1 ? instants : null };
}
