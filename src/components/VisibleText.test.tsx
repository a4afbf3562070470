// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { VisibleText } from './VisibleText';

describe('VisibleText', () => {
  it('marks a bidi override, so "invoice\\u202Efdp.exe" cannot read as "invoiceexe.pdf"', () => {
    const { container } = render(<VisibleText text={'invoice\u202Efdp.exe'} />);
    expect(container).toHaveTextContent('invoice⟨U+202E⟩fdp.exe');
    expect(container.textContent).not.toContain('\u202E');
    expect(
      screen.getByRole('img', { name: 'hidden character U+202E, right-to-left override' }),
    ).toBeVisible();
  });

  it('marks a zero-width space inside an address', () => {
    render(<VisibleText text={'ad\u200Bmin@example.com'} />);
    expect(screen.getByRole('img', { name: /U\+200B, zero-width space/ })).toHaveTextContent('⟨U+200B⟩');
  });

  it('marks escape and line feed, and keeps line feeds only where the text is multi-line', () => {
    const { container, rerender } = render(<VisibleText text={'a\u001b[31mb\nc'} />);
    expect(container.textContent).toBe('a⟨U+001B⟩[31mb⟨U+000A⟩c');
    rerender(<VisibleText text={'a\u001b[31mb\nc'} multiline />);
    expect(container.textContent).toBe('a⟨U+001B⟩[31mb\nc');
  });

  it('leaves plain text (tabs, emoji with variation selectors, right-to-left letters) alone', () => {
    const text = 'שלום\tok ❤️';
    const { container } = render(<VisibleText text={text} />);
    expect(container.textContent).toBe(text);
    expect(screen.queryByRole('img')).toBeNull();
  });
});
