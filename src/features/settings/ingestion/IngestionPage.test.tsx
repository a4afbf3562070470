// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryStore } from '../../../../mocks/store';
import { setMockSettings } from '../../../../mocks/settings';
import { withMockServer } from '../../../../mocks/testing';
import { ensureEnvironmentToken } from '../../../../server/engine/environmentToken';
import { renderRoutes } from '../../../test/renderRoutes';
import { IngestionPage } from './IngestionPage';

withMockServer(100);

function renderPage() {
  const user = userEvent.setup({ delay: null });
  renderRoutes([{ path: '/settings/ingestion', Component: IngestionPage }], '/settings/ingestion');
  return user;
}

async function openCreate(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Create token' }));
  return screen.getByRole('dialog', { name: 'Create ingest token' });
}

const tokenRow = async (name: string) =>
  (await within(await screen.findByRole('table', { name: 'Ingest tokens' })).findByText(name)).closest(
    'tr',
  ) as HTMLElement;

describe('IngestionPage, tokens', () => {
  it('creates a token, shows its secret once with a curl command, then lists it by its hint', async () => {
    const user = renderPage();
    expect(await screen.findByText(/No ingest tokens yet/)).toBeInTheDocument();
    const form = await openCreate(user);
    await user.click(within(form).getByRole('button', { name: 'Create token' }));
    // the contract's messages, at their fields
    expect(within(form).getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(
      'Enter a name for the token.',
    );
    expect(
      within(form).getByText('Choose at least one record type the token may write.'),
    ).toBeInTheDocument();
    expect(within(form).getByRole('alert')).toHaveTextContent('Not created: correct the marked fields.');

    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Agilicus destination');
    await user.click(within(form).getByRole('checkbox', { name: 'Access' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Authorisation' }));
    await user.click(within(form).getByRole('button', { name: 'Create token' }));

    const shown = await screen.findByRole('dialog', { name: 'Token “Agilicus destination” created' });
    expect(within(shown).getByText("Copy the secret now: it won't be shown again")).toBeInTheDocument();
    const secret = (within(shown).getByRole('textbox', { name: 'Secret' }) as HTMLInputElement).value;
    expect(secret).toMatch(/^aci_[A-Za-z0-9]{32}$/);
    // the API's origin (VITE_API_BASE_URL in tests), or the console's own
    expect(within(shown).getByText(/curl -X POST/)).toHaveTextContent(
      `curl -X POST http://localhost/api/v1/ingest \\ -H 'Authorization: Bearer ${secret}' \\ -H 'Content-Type: application/json' \\ --data @batch.json`,
    );
    await user.click(within(shown).getByRole('button', { name: 'Copy secret' }));
    expect(await within(shown).findByText('Secret copied to the clipboard.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(secret);
    await user.click(within(shown).getByRole('button', { name: 'Done' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const row = await tokenRow('Agilicus destination');
    expect(within(row).getByText(`…${secret.slice(-4)}`)).toBeInTheDocument();
    expect(within(row).getByText('Access, Authorisation')).toBeInTheDocument();
    expect(within(row).getAllByText('Never')).toHaveLength(2);
    expect(within(row).getByText('Active')).toBeInTheDocument();
    // shown once: nowhere on the page any more
    expect(document.body.textContent).not.toContain(secret);
  });

  it('keeps the form as typed when the save fails, and refuses an expiry in the past at its field', async () => {
    const user = renderPage();
    const form = await openCreate(user);
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Nightly import');
    await user.click(within(form).getByRole('checkbox', { name: 'API access' }));
    const expires = within(form).getByLabelText(/^Expires/);
    await user.type(expires, '2001-01-01T10:00');
    await user.click(within(form).getByRole('button', { name: 'Create token' }));
    expect(expires).toHaveAccessibleDescription('Choose a time in the future, or no expiry.');
    await user.clear(expires);

    setMockSettings({ fault: '500', faultPath: '/ingest/tokens' });
    await user.click(within(form).getByRole('button', { name: 'Create token' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(/^Not created\. The server failed/);
    expect(within(form).getByRole('textbox', { name: 'Name' })).toHaveValue('Nightly import');
    expect(within(form).getByRole('checkbox', { name: 'API access' })).toBeChecked();

    setMockSettings({ fault: 'none' });
    await user.click(within(form).getByRole('button', { name: 'Create token' }));
    await user.click(await screen.findByRole('button', { name: 'Done' }));
    expect(await tokenRow('Nightly import')).toBeInTheDocument();
  });

  it('revokes a token after asking; the environment token has no Revoke', async () => {
    await ensureEnvironmentToken(memoryStore, 'env-Q3n5Kc9Wm2Xr7Tb4Lz8Hv6Jp');
    const user = renderPage();
    const form = await openCreate(user);
    await user.type(within(form).getByRole('textbox', { name: 'Name' }), 'Old sender');
    await user.click(within(form).getByRole('checkbox', { name: 'Access' }));
    await user.click(within(form).getByRole('button', { name: 'Create token' }));
    await user.click(await screen.findByRole('button', { name: 'Done' }));

    const environment = await tokenRow('INGEST_TOKEN (server environment)');
    expect(within(environment).getByText('Server environment')).toBeInTheDocument();
    expect(within(environment).getByText('…v6Jp')).toBeInTheDocument();
    expect(within(environment).queryByRole('button')).not.toBeInTheDocument();

    await user.click(within(await tokenRow('Old sender')).getByRole('button', { name: 'Revoke Old sender' }));
    const confirm = screen.getByRole('dialog', { name: 'Revoke "Old sender"?' });
    expect(confirm).toHaveTextContent(/will be refused from now on/);
    await user.click(within(confirm).getByRole('button', { name: 'Revoke' }));
    expect(await screen.findByText(/Revoked "Old sender"/)).toBeInTheDocument();
    const row = await tokenRow('Old sender');
    await waitFor(() => expect(within(row).getByText('Revoked')).toBeInTheDocument());
    expect(within(row).queryByRole('button', { name: 'Revoke Old sender' })).not.toBeInTheDocument();
  });

  it('tells an auditor that ingestion is for owners, and asks the API for nothing of it', async () => {
    setMockSettings({ role: 'auditor' });
    renderPage();
    expect(await screen.findByText('Only owners manage ingestion')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create token' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
