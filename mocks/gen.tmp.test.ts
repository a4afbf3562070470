import { it } from 'vitest';
import { generateAuthenticationTimed } from './db/authentication';
import { worldFor } from './db/world';
it('times', () => {
  for (let i = 0; i < 3; i++) {
    let t = performance.now();
    generateAuthenticationTimed({ count: 50_000, seed: 1 + i, now: Date.now() });
    console.log('auth 50k', performance.now() - t);
    t = performance.now();
    worldFor({ count: 50_000, seed: 1 + i, now: Date.now() });
    console.log('world 50k', performance.now() - t);
  }
});
