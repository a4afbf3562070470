import { useEffect, useState } from 'react';

/**
 * `value`, but a change arrives only after the browser has painted the render that brought it:
 * for work that should not hold up what is already on its way to the screen (the histogram's
 * request and chart wait until a search's rows are painted).
 */
export function useAfterPaint<T>(value: T): T {
  const [painted, setPainted] = useState(value);
  useEffect(() => {
    let timer = 0;
    // a task queued from a frame callback runs after that frame's paint
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(value));
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [value]);
  return painted;
}
