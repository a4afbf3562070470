// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { withMockServer } from '../../../../mocks/testing';
import { getDestination, toInput, updateDestination } from '../../../api/destinations';
import { renderRoutes } from '../../../test/renderRoutes';
import { DestinationsPage } from './DestinationsPage';

withMockServer(300);

const ID = 'dst-splunk-hec';
const NAME = 'Splunk HEC (SOC)';

async function renderList() {
  const user = userEvent.setup({ delay: null });
  renderRoutes([{ path: '/settings/destinations', Component: DestinationsPage }], '/settings/destinations');
  const row = (await screen.findByRole('link', { name: NAME })).closest('tr') as HTMLElement;
  // the row's actions show once the page knows the user is an owner
  await within(row).findByRole('button', { name: `Delete ${NAME}` });
  return { user, row };
}

/** Someone else saves the destination while the list shows the version before. */
async function theySave() {
  const theirs = await getDestination(ID);
  await updateDestination(ID, { ...toInput(theirs.data), recordTypes: ['access'] }, theirs.etag ?? '');
}

const STALE = `"${NAME}" was changed by someone else; the list now shows the latest version. Try again if still needed.`;

describe('DestinationsPage', () => {
  it('a double click on a switch toggles once', async () => {
    const { user, row } = await renderList();
    await user.dblClick(within(row).getByRole('switch', { name: `Enabled: ${NAME}` }));
    expect(await screen.findByText(`"${NAME}" disabled.`)).toBeInTheDocument();
    expect((await getDestination(ID)).data.enabled).toBe(false);
  });

  it('a toggle of a row changed elsewhere changes nothing and says why', async () => {
    const { user, row } = await renderList();
    await theySave();
    const enabled = within(row).getByRole('switch', { name: `Enabled: ${NAME}` });
    await user.click(enabled);
    expect(await screen.findByText(STALE)).toBeInTheDocument();
    expect((await getDestination(ID)).data.enabled).toBe(true);
  });

  it('a delete of a row changed elsewhere deletes nothing and says why', async () => {
    const { user, row } = await renderList();
    await theySave();
    await user.click(within(row).getByRole('button', { name: `Delete ${NAME}` }));
    const confirm = screen.getByRole('dialog', { name: `Delete "${NAME}"?` });
    await user.click(within(confirm).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText(STALE)).toBeInTheDocument();
    expect((await getDestination(ID)).data.recordTypes).toEqual(['access']);
  });
});
