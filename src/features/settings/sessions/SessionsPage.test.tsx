// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { server } from '../../../../mocks/node';
import { setMockSettings } from '../../../../mocks/settings';
import { withMockServer } from '../../../../mocks/testing';
import type * as Config from '../../../api/config';
import type { SessionSummary } from '../../../api/schemas/sessions';
import { renderRoutes } from '../../../test/renderRoutes';
import { SessionsPage } from './SessionsPage';

// the demo (mock mode) has no sign-in; most tests are a server's console, which has
const mode = vi.hoisted(() => ({ api: 'http' as 'http' | 'mock' }));
vi.mock('../../../api/config', async (importOriginal) => {
  const real = await importOriginal<typeof Config>();
  return {
    ...real,
    get apiMode() {
      return mode.api;
    },
  };
});

withMockServer(20);
afterEach(() => {
  mode.api = 'http';
});

const session = (over: Partial<SessionSummary>): SessionSummary => ({
  handle: '0123456789abcdef',
  userId: 'u-1',
  name: 'Someone',
  email: 'someone@example.com',
  role: 'auditor',
  createdAt: '2026-03-01T09:00:00.000Z',
  lastSeenAt: '2026-03-01T09:30:00.000Z',
  expiresAt: '2026-03-01T17:00:00.000Z',
  current: false,
  ...over,
});

function serveSessions(items: SessionSummary[]) {
  const ended: string[] = [];
  server.use(
    http.get('*/api/v1/sessions', () =>
      HttpResponse.json({ items: items.filter((s) => !ended.includes(s.handle)) }),
    ),
    http.delete('*/api/v1/sessions/:handle', ({ params }) => {
      ended.push(String(params.handle));
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return ended;
}

function renderPage() {
  const user = userEvent.setup({ delay: null });
  renderRoutes([{ path: '/settings/sessions', Component: SessionsPage }], '/settings/sessions');
  return user;
}

describe('SessionsPage', () => {
  it('lists the sessions, and ends one after confirmation', async () => {
    const ended = serveSessions([
      session({
        handle: 'aaaaaaaaaaaaaaaa',
        name: 'Aoife Brennan',
        email: 'aoife@example.com',
        current: true,
        role: 'owner',
      }),
      session({ handle: 'bbbbbbbbbbbbbbbb', name: 'Arthur Auditor', email: 'arthur@example.com' }),
    ]);
    const user = renderPage();
    const table = await screen.findByRole('table', { name: 'Sessions' });
    expect(within(table).getByText('You, here')).toBeInTheDocument();
    expect(within(table).getByText('bbbbbbbbbbbbbbbb')).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: 'End the session of arthur@example.com' }));
    const dialog = screen.getByRole('dialog', { name: 'End the session of Arthur Auditor?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(ended).toEqual([]);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(within(table).getByRole('button', { name: 'End the session of arthur@example.com' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'End the session of Arthur Auditor?' })).getByRole('button', {
        name: 'End session',
      }),
    );
    expect(await screen.findByText(/Ended the session of arthur@example.com/)).toBeInTheDocument();
    expect(ended).toEqual(['bbbbbbbbbbbbbbbb']);
    await waitFor(() => expect(screen.queryByText('Arthur Auditor')).not.toBeInTheDocument());
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // one's own session says what ending it means
    await user.click(screen.getByRole('button', { name: 'End your own session' }));
    expect(screen.getByRole('dialog', { name: 'End your own session?' })).toHaveTextContent(/signs you out/);
  });

  it('says why an auditor sees no sessions, and asks for none', async () => {
    setMockSettings({ role: 'auditor' });
    const ended = serveSessions([session({})]);
    let asked = 0;
    server.use(
      http.get('*/api/v1/sessions', () => {
        asked++;
        return HttpResponse.json({ items: [] });
      }),
    );
    renderPage();
    expect(await screen.findByText('Only owners see sessions')).toBeInTheDocument();
    expect(asked).toBe(0);
    expect(ended).toEqual([]);
  });

  it('in the demo says there is no sign-in, and asks for nothing', async () => {
    mode.api = 'mock';
    let asked = 0;
    server.use(
      http.get('*/api/v1/sessions', () => {
        asked++;
        return HttpResponse.json({ items: [] });
      }),
    );
    renderPage();
    expect(await screen.findByText('No sign-in here')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(asked).toBe(0);
  });
});
