// @vitest-environment jsdom
import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../api/errors';
import { SIGN_IN_NOT_CONFIGURED, SIGN_IN_REQUIRED } from '../api/signIn';
import { holdUnsavedDraft, noteFailure, noteSuccess } from '../lib/signInNeeded';
import { renderWithProviders } from '../test/render';
import { SignInNotice } from './SignInNotice';

const unauthorized = (type: string, detail: string) =>
  new ApiError({
    kind: 'http',
    method: 'GET',
    path: '/api/v1/audit/access/records',
    status: 401,
    problem: { type, title: 'Unauthorized', status: 401, detail },
  });

const ROUTE = '/audit/access?q=response_code%3A500&from=2026-03-01T00%3A00%3A00.000Z&record=acc-1';

afterEach(() => act(() => noteSuccess()));

describe('the sign-in notice', () => {
  it('appears on a 401 and signs in again back to this very URL', () => {
    renderWithProviders(<SignInNotice />, { route: ROUTE });
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => noteFailure(unauthorized(SIGN_IN_REQUIRED, 'Your session ended after a time without use.')));
    expect(screen.getByRole('alert')).toHaveTextContent('Your session has ended');
    const link = screen.getByRole('link', { name: 'Sign in again' });
    expect(link).toHaveAttribute('href', `/auth/login?return=${encodeURIComponent(ROUTE)}`);
    expect(link).not.toHaveAttribute('target');
  });

  it('opens the sign-in in a new tab while a form holds unsaved changes', () => {
    const release = holdUnsavedDraft();
    try {
      renderWithProviders(<SignInNotice />, { route: '/settings/retention' });
      act(() => noteFailure(unauthorized(SIGN_IN_REQUIRED, 'Your session reached its time limit.')));
      expect(screen.getByRole('link', { name: 'Sign in again (new tab)' })).toHaveAttribute(
        'target',
        '_blank',
      );
      expect(screen.getByRole('alert')).toHaveTextContent('unsaved changes stay on this page');
    } finally {
      act(() => release());
    }
  });

  it('names the missing settings instead of offering a sign-in that cannot work', () => {
    renderWithProviders(<SignInNotice />);
    act(() =>
      noteFailure(
        unauthorized(SIGN_IN_NOT_CONFIGURED, 'Sign-in is not set up on this server: set OIDC_ISSUER.'),
      ),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('set OIDC_ISSUER');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('goes away once a request succeeds again, and ignores other failures', () => {
    renderWithProviders(<SignInNotice />);
    act(() => noteFailure(new ApiError({ kind: 'http', method: 'GET', path: '/x', status: 403 })));
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => noteFailure(unauthorized(SIGN_IN_REQUIRED, 'Sign in to use the audit console.')));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    act(() => noteSuccess());
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
