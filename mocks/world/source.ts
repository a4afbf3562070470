import type { RecordSource } from '../../server/engine/types';
import { generateAuthenticationParts } from './authentication';
import { liveRecords } from './live';
import { generateWorld, type World, type WorldOptions } from './world';

export interface WorldSettings {
  /** records per stream */
  count: number;
  seed: number;
  /** live records per minute per stream once someone tails */
  liveRate: number;
}

/**
 * The demo world as a store's record source. Authentication stands alone and comes in two
 * parts (its last 40 hours first); the other streams hang off its sessions and tokens, so they
 * come from one generated world, built on first use of any of them. `settings` is read when a
 * stream is made, so a store reset after a change of settings makes the new world.
 */
export function worldSource(settings: () => WorldSettings): RecordSource {
  /** the one world in use: the store asks stream by stream, and every stream needs the others' ties */
  let cached: { key: string; world: World } | null = null;

  function worldFor(options: WorldOptions): World {
    const key = JSON.stringify([options.count, options.seed, options.now, options.days ?? 30]);
    if (cached?.key !== key) cached = { key, world: generateWorld(options) };
    return cached.world;
  }

  return {
    generate(stream, now) {
      const { count, seed } = settings();
      if (stream === 'authentication') {
        const { recent, completeFrom, older } = generateAuthenticationParts({ count, seed, now });
        return { ...recent, completeFrom, older };
      }
      return worldFor({ count, seed, now })[stream];
    },
    live(start) {
      const { seed, liveRate } = settings();
      return liveRecords({ start, seed, rate: liveRate, firstId: () => settings().count + 1 });
    },
    reset() {
      cached = null;
    },
  };
}
