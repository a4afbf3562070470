// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Destination } from '../../../api/schemas/destinations';
import { DestinationTarget } from './DestinationTarget';

const destination = (over: Partial<Destination>) => ({ url: null, path: null, ...over }) as Destination;

describe('DestinationTarget', () => {
  it('shows the stored punycode URL with its Unicode host beside it', () => {
    const { container } = render(
      <DestinationTarget destination={destination({ url: 'https://xn--exmple-4nf.com/in' })} />,
    );
    expect(container).toHaveTextContent('https://xn--exmple-4nf.com/inUnicode host: exаmple.com');
  });

  it('marks a hidden character in a path stored before it was refused', () => {
    render(
      <DestinationTarget destination={destination({ type: 'file', path: '/var/log/a\u202Egol.json' })} />,
    );
    expect(
      screen.getByRole('img', { name: 'hidden character U+202E, right-to-left override' }),
    ).toBeVisible();
    expect(screen.queryByText(/Unicode host/)).toBeNull();
  });
});
