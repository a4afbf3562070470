// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { afterEach, describe, expect, it } from 'vitest';
import { createAppTheme } from '../../app/theme';
import { DiffView } from './DiffView';

afterEach(cleanup);

/** The text of each cell of the row whose header is `path`. */
function rowCells(path: string): (string | null)[] {
  const row = screen.getByRole('rowheader', { name: path }).closest('tr') as HTMLTableRowElement;
  return Array.from(row.cells, (cell) => cell.textContent);
}

/**
 * The body rows of the one diff table. Counted from the table itself: a role query over
 * hundreds of rows computes each one's visibility from its styles, which took seconds on a
 * busy machine; the table is still found by its role.
 */
function bodyRows(): HTMLTableRowElement[] {
  const table = screen.getByRole('table') as HTMLTableElement;
  return Array.from(table.tBodies[0]?.rows ?? []);
}

/** `{ field0: value(0), field1: value(1), … }` */
function numbered(size: number, value: (i: number) => unknown): Record<string, unknown> {
  return Object.fromEntries(Array.from({ length: size }, (_, i) => [`field${i}`, value(i)]));
}

const OLD = {
  name: 'Ada',
  email: 'ada@example.com',
  attributes: { settings: { theme: 'light', pageSize: '50' } },
  groups: ['admins', 'ops'],
  legacy: true,
  password: 'hunter2-old-secret',
  stable: 'same',
};
const NEW = {
  name: 'Ada L.',
  email: 'ada@example.com',
  attributes: { settings: { theme: 'dark', pageSize: 50 } },
  groups: ['admins', 'auditors', 'ops'],
  password: 'correct-horse-battery',
  stable: 'same',
};

describe('DiffView', () => {
  it('summarises the changes in a named region', () => {
    render(<DiffView oldValue={OLD} newValue={NEW} />);
    const region = screen.getByRole('region', { name: 'Changes' });
    // name, theme, pageSize (type), password (secret) · groups[1] · legacy
    expect(within(region).getByText('4 changed · 1 added · 1 removed')).toBeInTheDocument();
  });

  it('uses the title as the region name', () => {
    render(<DiffView oldValue={OLD} newValue={NEW} title="Record changes" />);
    expect(screen.getByRole('region', { name: 'Record changes' })).toBeInTheDocument();
  });

  it('shows each change as a table row with path, label and values', () => {
    render(<DiffView oldValue={OLD} newValue={NEW} />);
    const table = screen.getByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual(['Field', 'Change', 'Old value', 'New value']);
    expect(rowCells('attributes.settings.theme')).toEqual([
      'attributes.settings.theme',
      'changed',
      '"light"',
      '"dark"',
    ]);
    expect(screen.getByRole('rowheader', { name: 'groups[1]' }).closest('tr')).toHaveTextContent('added');
    expect(screen.getByRole('rowheader', { name: 'legacy' }).closest('tr')).toHaveTextContent('removed');
  });

  it('labels a type change in words', () => {
    render(<DiffView oldValue={OLD} newValue={NEW} />);
    expect(rowCells('attributes.settings.pageSize')).toEqual([
      'attributes.settings.pageSize',
      'type changedstring → number',
      '"50"',
      '50',
    ]);
    const row = screen
      .getByRole('rowheader', { name: 'attributes.settings.pageSize' })
      .closest('tr') as HTMLElement;
    expect(within(row).getByText('type changed')).toBeInTheDocument();
  });

  it('never puts a secret value in the DOM', async () => {
    const { container } = render(<DiffView oldValue={OLD} newValue={NEW} />);
    expect(screen.getByRole('rowheader', { name: 'password' }).closest('tr')).toHaveTextContent(
      '•••••• (secret, changed)',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show unchanged (4)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Inline' }));
    expect(container.innerHTML).not.toContain('hunter2-old-secret');
    expect(container.innerHTML).not.toContain('correct-horse-battery');
  });

  it('marks an unchanged secret as such', async () => {
    render(
      <DiffView oldValue={{ token: 'tok_abcdefgh', a: 1 }} newValue={{ token: 'tok_abcdefgh', a: 2 }} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Show unchanged (1)' }));
    expect(screen.getAllByText('•••••• (secret, unchanged)')).not.toHaveLength(0);
    expect(document.body.innerHTML).not.toContain('tok_abcdefgh');
  });

  it('switches between side by side and inline layouts', async () => {
    render(<DiffView oldValue={OLD} newValue={NEW} />);
    const layout = screen.getByRole('group', { name: 'Diff layout' });
    expect(within(layout).getByRole('button', { name: 'Side by side' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.click(within(layout).getByRole('button', { name: 'Inline' }));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(6);
    const theme = items.find((item) =>
      item.textContent?.startsWith('attributes.settings.theme'),
    ) as HTMLElement;
    expect(theme.querySelector('del')).toHaveTextContent(/^−\s*Old value: "light"$/);
    expect(theme.querySelector('ins')).toHaveTextContent(/^\+\s*New value: "dark"$/);
    await userEvent.click(within(layout).getByRole('button', { name: 'Side by side' }));
    expect(screen.getByRole('table')).toBeInTheDocument();
  });

  it('hides unchanged fields behind a toggle', async () => {
    render(<DiffView oldValue={OLD} newValue={NEW} />);
    expect(screen.queryByRole('rowheader', { name: 'email' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show unchanged (4)' }));
    expect(screen.getByRole('rowheader', { name: 'email' }).closest('tr')).toHaveTextContent('unchanged');
    expect(screen.getByRole('rowheader', { name: 'groups[0]' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Hide unchanged' }));
    expect(screen.queryByRole('rowheader', { name: 'email' })).not.toBeInTheDocument();
  });

  it('renders nothing when both sides are empty', () => {
    const { container } = render(<DiffView oldValue={null} newValue={undefined} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows a create as every field added, and a delete as every field removed', () => {
    const { unmount } = render(<DiffView oldValue={null} newValue={{ a: 1, b: { c: 2 } }} />);
    expect(screen.getByText('2 added')).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'b' }).closest('tr')).toHaveTextContent('added');
    unmount();
    render(<DiffView oldValue={['x', 'y']} newValue={undefined} />);
    expect(screen.getByText('2 removed')).toBeInTheDocument();
  });

  it('shows two plain strings as one change of the whole value', () => {
    render(<DiffView oldValue="status: pending" newValue="status: approved" />);
    expect(screen.getByText('1 changed')).toBeInTheDocument();
    expect(rowCells('(whole value)')).toEqual([
      '(whole value)',
      'changed',
      '"status: pending"',
      '"status: approved"',
    ]);
  });

  it('highlights the words that changed between two strings', () => {
    render(<DiffView oldValue={{ note: 'the quick brown fox' }} newValue={{ note: 'the quick red fox' }} />);
    const row = screen.getByRole('rowheader', { name: 'note' }).closest('tr') as HTMLElement;
    expect(Array.from(row.querySelectorAll('del'), (el) => el.textContent)).toEqual(['brown']);
    expect(Array.from(row.querySelectorAll('ins'), (el) => el.textContent)).toEqual(['red']);
  });

  it('collapses long values behind "Show all"', async () => {
    const long = 'x'.repeat(500);
    render(<DiffView oldValue={{ note: 1 }} newValue={{ note: long }} />);
    const [, , , newCell] = rowCells('note');
    expect(newCell).toBe(`"${long.slice(0, 199)}…Show all (502 characters)`);
    await userEvent.click(screen.getByRole('button', { name: /^Show all/ }));
    expect(rowCells('note')[3]).toBe(`"${long}"Show less`);
    expect(screen.getByRole('button', { name: 'Show less' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('says when a diff was cut short, and renders only its first page', () => {
    const size = 6_000;
    render(<DiffView oldValue={numbered(size, (i) => i)} newValue={numbered(size, (i) => `v${i}`)} />);
    expect(screen.getByText('5,000 changed')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/stopped early/);
    expect(bodyRows()).toHaveLength(200);
    expect(screen.getByText('4,800 more changes')).toBeInTheDocument();
  });

  it('pages a long diff 200 rows at a time', async () => {
    const size = 250;
    render(<DiffView oldValue={numbered(size, (i) => i)} newValue={numbered(size, (i) => `v${i}`)} />);
    expect(screen.getByText('250 changed')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(bodyRows()).toHaveLength(200);
    expect(screen.getByText('50 more changes')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));
    const rows = bodyRows();
    expect(rows).toHaveLength(250);
    expect(rows.at(-1)?.cells[0]).toHaveTextContent('field249');
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('renders the diff of two ~1 MB values without building every row', () => {
    const big = (theme: string) => ({
      records: Array.from({ length: 4_500 }, (_, i) => ({
        id: `rec-${i}`,
        actor: { email: `user${i}@example.com`, roles: ['reader', 'viewer'] },
        attributes: { settings: { theme: i === 10 ? theme : 'light', locale: 'en-GB' }, score: i * 1.5 },
        tags: Array.from({ length: 8 }, (_, t) => `tag-${(i + t) % 50}`),
      })),
    });
    const old = big('light');
    const next = big('dark');
    expect(JSON.stringify(old).length).toBeGreaterThan(1_000_000);
    render(<DiffView oldValue={old} newValue={next} />);
    expect(screen.getByText('1 changed')).toBeInTheDocument();
    expect(rowCells('records[10].attributes.settings.theme')).toEqual([
      'records[10].attributes.settings.theme',
      'changed',
      '"light"',
      '"dark"',
    ]);
  });

  it('renders in the dark theme', () => {
    render(
      <ThemeProvider theme={createAppTheme('dark')}>
        <CssBaseline />
        <DiffView oldValue={OLD} newValue={NEW} />
      </ThemeProvider>,
    );
    expect(screen.getByText('4 changed · 1 added · 1 removed')).toBeInTheDocument();
  });
});
