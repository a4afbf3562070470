// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryStore } from '../../../../mocks/store';
import { withMockServer } from '../../../../mocks/testing';
import { SEED_EXAMPLE_BATCH } from '../../../../server/engine/ingest/seedExample';
import { createIngestToken, ingestUrl } from '../../../api/ingestTokens';
import { renderRoutes } from '../../../test/renderRoutes';
import { IngestionPage } from './IngestionPage';

withMockServer(100);

const recent = new Date(Date.now() - 60_000).toISOString();
/** The access event of the audit destinations documentation, made recent (retention would drop 2022). */
const seedAccess = (JSON.parse(SEED_EXAMPLE_BATCH) as { events: { event: Record<string, unknown> }[] })
  .events[0]?.event;
const access = (id: string, extra: Record<string, unknown> = {}) => ({
  create_time: recent,
  unique_id: id,
  event: { ...seedAccess, start_time: recent, ...extra },
});
const firewall = { create_time: recent, unique_id: 'fw-1', event: { log_type: 'firewall', action: 'drop' } };

/** Sends a batch as an audit destination would: two events that fit no stream, kept in quarantine. */
async function sendBatch() {
  const { secret } = await createIngestToken(
    { name: 'Sender', streams: ['access', 'authorisation'], expiresAt: null },
    'quarantine-test',
  );
  const response = await fetch(ingestUrl('http://localhost'), {
    method: 'POST',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ events: [firewall, access('ac-bad', { response_code: 'teapot' })] }),
  });
  expect(response.status).toBe(200);
}

async function renderQuarantine() {
  const user = userEvent.setup({ delay: null });
  renderRoutes([{ path: '/settings/ingestion', Component: IngestionPage }], '/settings/ingestion');
  const table = await screen.findByRole('table', { name: 'Quarantined events' });
  return { user, table };
}

describe('IngestionPage, quarantine', () => {
  it('sums up the reasons, and a row opens the raw event, pretty-printed', async () => {
    await sendBatch();
    const { user, table } = await renderQuarantine();
    expect(screen.getByText(/in quarantine/)).toHaveTextContent('2 events in quarantine');
    const reasons = screen.getByRole('list', { name: 'Reasons' });
    expect(within(reasons).getAllByRole('listitem')).toHaveLength(2);
    expect(within(reasons).getByText(/names no stream/)).toHaveTextContent(/^1 event: /);

    const row = within(table).getByText('fw-1').closest('tr') as HTMLElement;
    expect(within(row).getByText('Sender')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: 'View event fw-1' }));
    const dialog = screen.getByRole('dialog', { name: 'Quarantined event' });
    expect(within(dialog).getByText(/"log_type": "firewall"/)).toHaveTextContent(/"action": "drop"/);
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('says what a retry did: stored once the event maps, still rejected while it does not', async () => {
    await sendBatch();
    // the sender fixed the event (as a fix of the mapping would): retried, it now maps
    const kept = (await memoryStore.quarantine.list()).find((d) => d.value.uniqueId === 'ac-bad');
    if (!kept) throw new Error('ac-bad was not quarantined');
    await memoryStore.quarantine.put({ ...kept.value, raw: JSON.stringify(access('ac-bad')) });
    const { user, table } = await renderQuarantine();

    await user.click(within(table).getByRole('button', { name: 'Retry event ac-bad' }));
    expect(await screen.findByText('Stored in Access.')).toBeInTheDocument();
    await waitFor(() => expect(within(table).queryByText('ac-bad')).not.toBeInTheDocument());

    await user.click(within(table).getByRole('button', { name: 'Retry event fw-1' }));
    expect(await screen.findByText(/^Still rejected: .*names no stream/)).toBeInTheDocument();
    expect(within(table).getByText('fw-1')).toBeInTheDocument();
  });

  it('discards an event only after asking', async () => {
    await sendBatch();
    const { user, table } = await renderQuarantine();
    await user.click(within(table).getByRole('button', { name: 'Discard event fw-1' }));
    const confirm = screen.getByRole('dialog', { name: 'Discard this event?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(within(table).getByText('fw-1')).toBeInTheDocument();

    // the page is hidden from assistive technology until the dialog has gone
    await user.click(await within(table).findByRole('button', { name: 'Discard event fw-1' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Discard this event?' })).getByRole('button', {
        name: 'Discard',
      }),
    );
    expect(await screen.findByText('Discarded event fw-1.')).toBeInTheDocument();
    await waitFor(() => expect(within(table).queryByText('fw-1')).not.toBeInTheDocument());
    expect(screen.getByText(/in quarantine/)).toHaveTextContent('1 event in quarantine');
  });
});
