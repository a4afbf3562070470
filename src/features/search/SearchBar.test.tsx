// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { withMockServer } from '../../../mocks/testing';
import { streamContracts } from '../../api/streams';
import { renderWithProviders } from '../../test/render';
import { SearchBar } from './SearchBar';

const fields = streamContracts.authentication.fields;
const EXAMPLE = '(stage:mfa OR stage:password) -event:success';

withMockServer(2000);

describe('SearchBar', () => {
  it('submits a valid query on Enter', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(
      <SearchBar stream="authentication" fields={fields} example={EXAMPLE} q="" onSubmit={onSubmit} />,
    );
    // pasted, not typed: each keystroke would re-render the autocomplete (seconds on a busy machine)
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('combobox', { name: 'Search' }));
    await user.paste('stage:mfa -event:success');
    await user.keyboard('{Escape}{Enter}');
    expect(onSubmit).toHaveBeenCalledWith('stage:mfa -event:success');
  });

  it('refuses a malformed query with a message and does not submit it', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(
      <SearchBar
        stream="authentication"
        fields={fields}
        example={EXAMPLE}
        q="stage:mfa"
        onSubmit={onSubmit}
      />,
    );
    const box = screen.getByRole('combobox', { name: 'Search' });
    const user = userEvent.setup({ delay: null });
    await user.clear(box);
    await user.paste('evnt:failure');
    await user.keyboard('{Escape}{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('Unknown field "evnt" — did you mean "event"?');
  });

  it('shows each AND-ed clause as a chip; removing one submits the rest', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(
      <SearchBar
        stream="authentication"
        fields={fields}
        example={EXAMPLE}
        q="stage:mfa (event:failure OR event:timeout)"
        onSubmit={onSubmit}
      />,
    );
    const chips = within(screen.getByRole('list', { name: 'Active filters' })).getAllByRole('button');
    expect(chips.map((c) => c.textContent)).toEqual(['stage:mfa', 'event:failure OR event:timeout']);
    chips[0]?.focus();
    await userEvent.keyboard('{Delete}');
    expect(onSubmit).toHaveBeenCalledWith('event:failure OR event:timeout');
  });

  it('suggests frequent values from the facets endpoint', async () => {
    renderWithProviders(
      <SearchBar stream="authentication" fields={fields} example={EXAMPLE} q="" onSubmit={() => {}} />,
    );
    await userEvent.type(screen.getByRole('combobox', { name: 'Search' }), 'stage:m');
    await waitFor(() => expect(screen.getByRole('option', { name: /^stage:mfa/ })).toBeInTheDocument());
  });

  it("shows the stream's own example while empty", () => {
    renderWithProviders(
      <SearchBar
        stream="activity"
        fields={streamContracts.activity.fields}
        example="status:failed"
        q=""
        onSubmit={() => {}}
      />,
    );
    expect(screen.getByRole('combobox', { name: 'Search' })).toHaveAttribute(
      'placeholder',
      'e.g. status:failed',
    );
  });

  it('submits lower-case operators, NOT and parentheses as typed', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(
      <SearchBar stream="authentication" fields={fields} example={EXAMPLE} q="" onSubmit={onSubmit} />,
    );
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('combobox', { name: 'Search' }));
    await user.paste('not (stage:mfa or stage:password)');
    await user.keyboard('{Escape}{Enter}');
    expect(onSubmit).toHaveBeenCalledWith('not (stage:mfa or stage:password)');
  });

  it('points at an unbalanced parenthesis and keeps the text', async () => {
    const onSubmit = vi.fn();
    renderWithProviders(
      <SearchBar stream="authentication" fields={fields} example={EXAMPLE} q="" onSubmit={onSubmit} />,
    );
    const box = screen.getByRole('combobox', { name: 'Search' });
    const user = userEvent.setup({ delay: null });
    await user.click(box);
    await user.paste('(stage:mfa OR stage:password');
    await user.keyboard('{Escape}{Enter}');
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByRole('alert')).toHaveTextContent('This "(" is never closed.');
    expect(box).toHaveValue('(stage:mfa OR stage:password');
  });
});
