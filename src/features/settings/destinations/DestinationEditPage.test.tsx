// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { http } from 'msw';
import { server } from '../../../../mocks/node';
import { problem } from '../../../../server/api/problem';
import { setMockSettings } from '../../../../mocks/settings';
import { withMockServer } from '../../../../mocks/testing';
import { getDestination, toInput, updateDestination } from '../../../api/destinations';
import { renderRoutes } from '../../../test/renderRoutes';
import { DestinationEditPage } from './DestinationEditPage';

withMockServer(500);

const ID = 'dst-splunk-hec';

function renderEditor(id = ID) {
  return renderRoutes(
    [
      { path: '/settings/destinations/:id', Component: DestinationEditPage },
      { path: '/settings/destinations', element: <p>The list</p> },
    ],
    `/settings/destinations/${id}`,
  );
}

// no timer between a user's events: on a busy machine each one waits its turn behind other work
const setupUser = () => userEvent.setup({ delay: null });

/**
 * Replaces a field's text in one input event. Typing key by key re-renders the whole form
 * per character, which on a busy machine took seconds per field; these tests are about
 * what a save does with the text, not about keystrokes.
 */
async function replaceText(user: UserEvent, field: HTMLElement, text: string) {
  await user.clear(field);
  await user.paste(text);
}

async function nameField() {
  const field = await screen.findByRole('textbox', { name: 'Name' });
  await waitFor(() => expect(field).toHaveValue('Splunk HEC (SOC)'));
  return field;
}

describe('DestinationEditPage', () => {
  it('keeps everything as typed when a save fails, and saves it on retry', async () => {
    const user = setupUser();
    renderEditor();
    const name = await nameField();
    await replaceText(user, name, 'Splunk, renamed');
    await replaceText(user, screen.getByRole('textbox', { name: 'URL' }), 'https://hec.example.com/raw');

    setMockSettings({ fault: '500', faultPath: '/audit-destinations' });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Not saved\. The server failed \(500\)/);
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Splunk, renamed');
    expect(screen.getByRole('textbox', { name: 'URL' })).toHaveValue('https://hec.example.com/raw');

    setMockSettings({ fault: 'none' });
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The list')).toBeInTheDocument();
    expect((await getDestination(ID)).data).toMatchObject({ name: 'Splunk, renamed', secretSet: true });
  });

  it('shows an internationalised host beside the punycode it is saved as, and saves that', async () => {
    const user = setupUser();
    renderEditor();
    await nameField();
    const url = screen.getByRole('textbox', { name: 'URL' });
    await replaceText(user, url, 'https://exаmple.com/in');
    expect(url).toHaveAccessibleDescription(
      'Saved as https://xn--exmple-4nf.com/in (the host exаmple.com in punycode).',
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('The list')).toBeInTheDocument();
    expect((await getDestination(ID)).data.url).toBe('https://xn--exmple-4nf.com/in');
  });

  it('names the hidden character in a basic-auth user name, keeping what was typed', async () => {
    const user = setupUser();
    renderEditor();
    await nameField();
    await user.click(screen.getByRole('radio', { name: /^Basic/ }));
    const username = screen.getByRole('textbox', { name: 'User name' });
    await replaceText(user, username, 'ad\u001b[2Jmin');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(username).toHaveAccessibleDescription(
        'The user name contains ⟨U+001B⟩ (escape); control, bidirectional and invisible characters are refused.',
      ),
    );
    expect(username).toHaveValue('ad\u001b[2Jmin');
  });

  it('an empty new destination is not sent: each field says what it needs, the first one focused', async () => {
    const user = setupUser();
    renderEditor('new');
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveAccessibleDescription('Enter a name.');
    expect(screen.getByRole('textbox', { name: 'URL' })).toHaveAccessibleDescription(
      'Enter the URL records are sent to.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved: correct the marked fields.');
  });

  it('checks the URL as it is typed, and shows a field error from the API on its field', async () => {
    const user = setupUser();
    renderEditor();
    await nameField();
    const url = screen.getByRole('textbox', { name: 'URL' });
    await replaceText(user, url, 'http://[::ffff:169.254.169.254]/');
    expect(url).toHaveAccessibleDescription(/IPv4-mapped/);
    await replaceText(user, url, 'https://hec.example.com/');

    server.use(
      http.put('*/api/v1/audit-destinations/:id', () =>
        problem(400, 'url: The collector refused this host.', {
          errors: [{ field: 'url', message: 'The collector refused this host.' }],
        }),
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(url).toHaveAccessibleDescription('The collector refused this host.'));
    expect(url).toHaveValue('https://hec.example.com/');
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved: correct the marked fields.');
  });

  it('on a conflict shows the draft beside the current version; "Keep mine" saves over it', async () => {
    const user = setupUser();
    renderEditor();
    const name = await nameField();
    // someone else saves while the form is open
    const theirs = await getDestination(ID);
    await updateDestination(
      ID,
      { ...toInput(theirs.data), name: 'Renamed by Bob', enabled: false },
      theirs.etag ?? '',
    );

    await replaceText(user, name, 'Mine');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this' });
    const rows = within(dialog).getAllByRole('row');
    const byLabel = (label: string) =>
      rows.find((r) => within(r).queryByRole('rowheader', { name: new RegExp(`^${label}`) }));
    expect(byLabel('Name')).toHaveTextContent(/Mine.*Renamed by Bob/);
    expect(byLabel('Enabled')).toHaveTextContent(/Yes.*No/);

    await user.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    expect(await screen.findByText('The list')).toBeInTheDocument();
    // my draft wins as a whole, including the enabled flag I saw
    expect((await getDestination(ID)).data).toMatchObject({ name: 'Mine', enabled: true });
  });

  it('"Take theirs" puts the current version in the form', async () => {
    const user = setupUser();
    renderEditor();
    const name = await nameField();
    const theirs = await getDestination(ID);
    await updateDestination(ID, { ...toInput(theirs.data), name: 'Renamed by Bob' }, theirs.etag ?? '');
    await replaceText(user, name, 'Mine');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this' });
    await user.click(within(dialog).getByRole('button', { name: 'Take theirs' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Renamed by Bob'));
    // nothing left to save: the form is the stored version
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });
});
