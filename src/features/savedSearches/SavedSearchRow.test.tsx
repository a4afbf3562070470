// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { List } from '@mui/material';
import { withMockServer } from '../../../mocks/testing';
import { createSavedSearch, getSavedSearch, updateSavedSearch } from '../../api/savedSearches';
import type { SavedSearch } from '../../api/schemas/savedSearches';
import { streamContracts } from '../../api/streams';
import { randomId } from '../../api/randomId';
import { renderWithProviders } from '../../test/render';
import { SavedSearchRow } from './SavedSearchRow';

withMockServer(300);

const SEARCH = { q: 'stage:mfa', from: 'now-7d', to: null, sort: '-time' };

async function savedSearch(name: string): Promise<SavedSearch> {
  return createSavedSearch({ name, stream: 'authentication', search: SEARCH }, randomId());
}

/** Someone else renames it while the row is on screen. */
async function theyRename(saved: SavedSearch, name: string) {
  await updateSavedSearch(saved.id, { name, stream: saved.stream, search: saved.search }, saved.etag);
}

function renderRow(saved: SavedSearch) {
  const onMessage = vi.fn();
  renderWithProviders(
    <List>
      <SavedSearchRow
        saved={saved}
        contract={streamContracts.authentication}
        onOpen={() => undefined}
        onMessage={onMessage}
      />
    </List>,
  );
  return { user: userEvent.setup({ delay: null }), onMessage };
}

describe('SavedSearchRow', () => {
  it('a stale rename shows both names; "Keep mine" renames over theirs', async () => {
    const saved = await savedSearch('Failed MFA');
    const { user, onMessage } = renderRow(saved);
    await theyRename(saved, 'Bob’s MFA');

    await user.click(screen.getByRole('button', { name: 'Rename Failed MFA' }));
    const field = screen.getByRole('textbox', { name: 'New name for Failed MFA' });
    await user.clear(field);
    await user.paste('My MFA');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this' });
    expect(within(dialog).getByRole('rowheader', { name: /^Name/ }).closest('tr')).toHaveTextContent(
      /My MFA.*Bob’s MFA/,
    );

    await user.click(within(dialog).getByRole('button', { name: 'Keep mine' }));
    await vi.waitFor(() => expect(onMessage).toHaveBeenCalledWith('Renamed to "My MFA".'));
    expect((await getSavedSearch(saved.id)).data.name).toBe('My MFA');
  });

  it('"Take theirs" leaves their name and writes nothing', async () => {
    const saved = await savedSearch('Failed MFA');
    const { user, onMessage } = renderRow(saved);
    await theyRename(saved, 'Bob’s MFA');

    await user.click(screen.getByRole('button', { name: 'Rename Failed MFA' }));
    await user.clear(screen.getByRole('textbox', { name: 'New name for Failed MFA' }));
    await user.paste('My MFA');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this' });
    await user.click(within(dialog).getByRole('button', { name: 'Take theirs' }));
    expect(screen.queryByRole('textbox', { name: 'New name for Failed MFA' })).not.toBeInTheDocument();
    expect(onMessage).not.toHaveBeenCalled();
    expect((await getSavedSearch(saved.id)).data.name).toBe('Bob’s MFA');
  });

  it('a stale delete deletes nothing and says why', async () => {
    const saved = await savedSearch('Failed MFA');
    const { user, onMessage } = renderRow(saved);
    await theyRename(saved, 'Bob’s MFA');

    await user.click(screen.getByRole('button', { name: 'Delete Failed MFA' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '"Failed MFA" was changed by someone else; check it and delete again if still needed.',
    );
    expect(onMessage).not.toHaveBeenCalled();
    expect((await getSavedSearch(saved.id)).data.name).toBe('Bob’s MFA');
  });
});
