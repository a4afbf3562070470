import { useEffect } from 'react';
import { singleKeyShortcutsPreference } from '../../lib/preferences';

/** Where a single-key shortcut must not act: typing, or a modal dialog or popup of its own. */
const OWN_KEYS = 'input, textarea, select, [contenteditable="true"], [role="menu"], [role="listbox"]';
const MODAL = '[role="dialog"]:not([aria-modal="false"]), [role="presentation"]';

/**
 * The page's single-key shortcuts, declared where they act: a control with
 * `aria-keyshortcuts="e"` is pressed by `e` (a text box is focused), so the shortcut, its
 * announcement and the shortcuts list cannot disagree. Keys with Ctrl, Alt or Meta are left
 * to the browser, and so are keys without a printed character (arrows, Escape).
 */
export function usePageShortcuts(root: () => HTMLElement | null): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // printable keys only: arrows and Escape keep their usual meaning wherever focus is
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) return;
      if (event.key.length !== 1 || !singleKeyShortcutsPreference.read()) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(OWN_KEYS) || target?.closest(MODAL)) return;
      const scope = root();
      if (!scope) return;
      const control = [...scope.querySelectorAll<HTMLElement>('[aria-keyshortcuts]')].find(
        (el) => el.getAttribute('aria-keyshortcuts')?.split(' ').includes(event.key) && !el.closest(MODAL),
      );
      if (!control || control.matches(':disabled')) return;
      event.preventDefault();
      if (control instanceof HTMLInputElement) control.focus();
      else control.click();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [root]);
}
