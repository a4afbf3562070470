import { describe, expect, it, vi } from 'vitest';
import type { MouseEvent } from 'react';
import { followInApp, setNavigate } from './navigation';

function click(init: Partial<MouseEvent<HTMLAnchorElement>> = {}) {
  const preventDefault = vi.fn();
  const event = {
    button: 0,
    metaKey: false,
    ctrlKey: false,
    shiftKey: false,
    altKey: false,
    defaultPrevented: false,
    preventDefault,
    ...init,
  } as unknown as MouseEvent<HTMLAnchorElement>;
  return { event, preventDefault };
}

describe('followInApp', () => {
  it('navigates in the page on a plain left click', () => {
    const navigate = vi.fn();
    setNavigate(navigate);
    const { event, preventDefault } = click();
    followInApp(event, '/event-types?q=x');
    expect(preventDefault).toHaveBeenCalled();
    expect(navigate).toHaveBeenCalledWith('/event-types?q=x');
  });

  it.each([{ metaKey: true }, { ctrlKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }])(
    'leaves %o to the browser (new tab or window)',
    (init) => {
      const navigate = vi.fn();
      setNavigate(navigate);
      const { event, preventDefault } = click(init);
      followInApp(event, '/overview');
      expect(preventDefault).not.toHaveBeenCalled();
      expect(navigate).not.toHaveBeenCalled();
    },
  );
});
