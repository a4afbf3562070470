import type { RecordSource } from '../../server/engine/types';
import { generateAuthenticationParts } from './authentication';
import { liveRecords } from './live';
import { worldTag } from './numbering';
import { generateWorld, type World } from './world';

export interface WorldSettings {
  /** records per stream */
  count: number;
  seed: number;
  /** live records per minute per stream once someone tails */
  liveRate: number;
}

/**
 * The instant every demo world is generated up to, whenever it is shown. The world's records
 * (and so their ids) depend on the seed and size alone; only their times move, so that its
 * newest record is at the minute the store started. A link to a record opens the same record
 * after a reload, a day later, in another browser. (The world's working hours and weekdays
 * move with it: a price of the demo, not of the product.)
 */
export const WORLD_FRAME_END = Date.UTC(2026, 10, 24);

/**
 * The demo world as a store's record source. Authentication stands alone and comes in two
 * parts (its last 40 hours first); the other streams hang off its sessions and tokens, so they
 * come from one generated world, built on first use of any of them. `settings` is read when a
 * stream is made, so a store reset after a change of settings makes the new world.
 */
export function worldSource(settings: () => WorldSettings): RecordSource {
  /** the one world in use: the store asks stream by stream, and every stream needs the others' ties */
  let cached: { key: string; world: World } | null = null;

  function worldFor(count: number, seed: number, now: number): World {
    const key = JSON.stringify([count, seed, now]);
    if (cached?.key !== key)
      cached = { key, world: generateWorld({ count, seed, ...frame(seed, count, now) }) };
    return cached.world;
  }

  return {
    generate(stream, now) {
      const { count, seed } = settings();
      if (stream === 'authentication') {
        const { recent, completeFrom, older } = generateAuthenticationParts({
          count,
          seed,
          ...frame(seed, count, now),
        });
        return { ...recent, completeFrom, older };
      }
      return worldFor(count, seed, now)[stream];
    },
    live(start) {
      const { seed, liveRate } = settings();
      return liveRecords({ start, seed, rate: liveRate });
    },
    reset() {
      cached = null;
    },
  };
}

/** The world made up to WORLD_FRAME_END, its times moved to end at `now`, its ids tagged. */
function frame(seed: number, count: number, now: number) {
  return { now: WORLD_FRAME_END, shift: Math.floor(now) - WORLD_FRAME_END, idTag: worldTag(seed, count) };
}
