// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { withMockServer } from '../../../../mocks/testing';
import { getRetention, updateRetention } from '../../../api/retention';
import type { RetentionPolicies } from '../../../api/schemas/retention';
import { renderRoutes } from '../../../test/renderRoutes';
import { RetentionPage } from './RetentionPage';

withMockServer(300);

const accessDays = () => screen.getByRole('textbox', { name: 'Access: days' });

/** The page, loaded and editable (an owner's). */
async function renderPage(): Promise<UserEvent> {
  const user = userEvent.setup({ delay: null });
  renderRoutes([{ path: '/settings/retention', Component: RetentionPage }], '/settings/retention');
  await waitFor(() => expect(accessDays()).toBeEnabled());
  return user;
}

/** Someone else saves while the page is open. */
async function theySave(change: Partial<RetentionPolicies>) {
  const current = await getRetention();
  await updateRetention({ ...current.data.policies, ...change }, current.etag ?? '');
}

async function setAccessDays(user: UserEvent, days: string) {
  await user.clear(accessDays());
  await user.paste(days);
}

async function conflictOnSave(user: UserEvent) {
  await user.click(screen.getByRole('button', { name: 'Save' }));
  return screen.findByRole('dialog', { name: 'Someone else changed this' });
}

describe('RetentionPage: someone else saved first', () => {
  it('shows both versions; "Keep mine" saves my draft over theirs', async () => {
    const user = await renderPage();
    await theySave({ authentication: 200 });
    await setAccessDays(user, '400');
    const dialog = await conflictOnSave(user);
    const row = (label: string) => within(dialog).getByRole('rowheader', { name: new RegExp(`^${label}`) });
    expect(row('Authentication').closest('tr')).toHaveTextContent(/365 days.*200 days/);
    expect(row('Access').closest('tr')).toHaveTextContent(/400 days.*365 days/);

    await user.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    expect(await screen.findByText('Retention saved.')).toBeInTheDocument();
    expect((await getRetention()).data.policies).toMatchObject({ authentication: 365, access: 400 });
  });

  it('"Keep mine" asks first when my draft now shortens their period', async () => {
    const user = await renderPage();
    await theySave({ access: 730 });
    await setAccessDays(user, '400');
    const dialog = await conflictOnSave(user);
    await user.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    const confirm = await screen.findByRole('dialog', { name: 'Remove records?' });
    expect(confirm).toHaveTextContent(/Access: 730 days → 400 days/);
    expect((await getRetention()).data.policies.access).toBe(730);
  });

  it('"Take theirs" puts their periods in the form', async () => {
    const user = await renderPage();
    await theySave({ access: 500 });
    await setAccessDays(user, '400');
    const dialog = await conflictOnSave(user);
    await user.click(within(dialog).getByRole('button', { name: 'Take theirs' }));
    await waitFor(() => expect(accessDays()).toHaveValue('500'));
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });
});
