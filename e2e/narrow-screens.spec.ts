import type { Page } from '@playwright/test';
import { dataRows, expect, expectNoAxeViolations, settled, test } from './fixtures';

/** A phone (iPhone 12–15) and a portrait tablet (iPad mini): both below the wide layout. */
const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'tablet', width: 768, height: 1024 },
] as const;

/**
 * The page does not scroll sideways, and nothing shown reaches past the right edge of the
 * screen (an app bar is fixed, so what overflows it never widens the page: it is only cut off).
 * What a scrolling box (a wide table) holds may go past its box: the box scrolls, not the page.
 */
async function expectFitsTheScreen(page: Page) {
  const overflow = await page.evaluate(() => {
    const edge = window.innerWidth + 1;
    const scrollsOrClips = (el: Element) => getComputedStyle(el).overflowX !== 'visible';
    const past: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= edge) continue;
      let held = false;
      for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
        if (scrollsOrClips(up) && up.getBoundingClientRect().right <= edge) {
          held = true;
          break;
        }
      }
      if (!held) past.push(`${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
    }
    return { pageWidth: document.documentElement.scrollWidth, screenWidth: window.innerWidth, past };
  });
  expect(overflow.pageWidth).toBeLessThanOrEqual(overflow.screenWidth);
  expect(overflow.past).toEqual([]);
}

/** A trace with a login and the requests made with its token, for the timeline. */
async function someTrace(page: Page): Promise<string> {
  await page.goto('/audit/authentication?q=stage%3Atoken_issue&from=now-7d&to=now-1d');
  await settled(page);
  return page.evaluate(async () => {
    const response = await fetch(
      '/api/v1/audit/authentication/records?q=stage%3Atoken_issue&from=now-7d&to=now-1d&limit=1',
    );
    const body = (await response.json()) as { items: { trace_id: string }[] };
    return body.items[0]?.trace_id ?? '';
  });
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });

/** Each page, once it shows what it is for. */
const PAGES: { name: string; open: (page: Page) => Promise<void> }[] = [
  {
    name: 'Overview',
    open: async (page) => {
      await page.goto('/overview');
      await expect(heading(page, 'Overview')).toBeVisible();
      await expect(page.getByText('Sign-ins', { exact: true })).toBeVisible();
    },
  },
  {
    name: 'Authentication',
    open: async (page) => {
      await page.goto('/audit/authentication');
      await settled(page);
      // the toolbar wraps: every control stays on screen and takes a click (nothing lies over it)
      for (const name of ['Refresh', 'Saved searches', 'Columns', 'Export']) {
        const button = page.getByRole('button', { name, exact: true });
        await expect(button).toBeInViewport({ ratio: 1 });
        await button.click({ trial: true });
      }
      // the range picker's absolute form goes under the quick ranges rather than off the screen
      await page.getByRole('button', { name: /^Time range:/ }).click();
      const range = page.getByRole('dialog', { name: 'Choose time range' });
      await expect(range.getByRole('button', { name: 'Apply' })).toBeInViewport({ ratio: 1 });
      await expectFitsTheScreen(page);
      await page.keyboard.press('Escape');
      await expect(range).toBeHidden();
    },
  },
  {
    name: 'Activity',
    open: async (page) => {
      await page.goto('/audit/activity');
      await settled(page);
      await expect(dataRows(page).first()).toBeVisible();
    },
  },
  {
    name: 'Event types',
    open: async (page) => {
      await page.goto('/event-types');
      await expect(page.getByRole('table', { name: 'Event types' }).getByRole('row').nth(1)).toBeVisible();
    },
  },
  {
    name: 'Timeline',
    open: async (page) => {
      const trace = await someTrace(page);
      await page.goto(`/timeline?key=trace_id&value=${trace}`);
      await expect(heading(page, 'Timeline')).toBeVisible();
      const records = page.getByRole('table', { name: 'Records in time order' });
      await expect(records.getByRole('row').nth(1)).toBeVisible();
    },
  },
  {
    name: 'Destinations',
    open: async (page) => {
      await page.goto('/settings/destinations');
      await expect(
        page.getByRole('table', { name: 'Audit destinations' }).getByRole('row').nth(1),
      ).toBeVisible();
      const add = page.getByRole('link', { name: 'Add destination' });
      await expect(add).toBeInViewport({ ratio: 1 });
      await add.click({ trial: true });
    },
  },
  {
    name: 'Add destination',
    open: async (page) => {
      await page.goto('/settings/destinations/new');
      await expect(heading(page, 'Add destination')).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Name' })).toBeInViewport({ ratio: 1 });
    },
  },
  {
    name: 'Ingestion',
    open: async (page) => {
      await page.goto('/settings/ingestion');
      await expect(heading(page, 'Ingestion')).toBeVisible();
      // with a token, its table and the dialogs that made it
      await page.getByRole('button', { name: 'Create token' }).click();
      const form = page.getByRole('dialog', { name: 'Create ingest token' });
      await form.getByRole('textbox', { name: 'Name' }).fill('Phone sender');
      await form.getByRole('checkbox', { name: 'Authentication' }).check();
      await expectFitsTheScreen(page);
      await form.getByRole('button', { name: 'Create token' }).click();
      const shown = page.getByRole('dialog', { name: 'Token “Phone sender” created' });
      const done = shown.getByRole('button', { name: 'Done' });
      await expect(done).toBeInViewport({ ratio: 1 });
      await expectFitsTheScreen(page);
      await done.click();
      await expect(page.getByRole('table', { name: 'Ingest tokens' }).getByRole('row').nth(1)).toBeVisible();
    },
  },
  {
    name: 'Retention',
    open: async (page) => {
      await page.goto('/settings/retention');
      await expect(heading(page, 'Retention')).toBeVisible();
      await expect(page.getByRole('textbox', { name: 'Authentication: days' })).toBeInViewport({
        ratio: 1,
      });
    },
  },
  {
    name: 'Sessions',
    open: async (page) => {
      await page.goto('/settings/sessions');
      await expect(heading(page, 'Sessions')).toBeVisible();
      await expect(page.getByText('No sign-in here')).toBeVisible();
    },
  },
];

for (const size of SIZES) {
  test.describe(`${size.name} (${size.width}×${size.height})`, () => {
    test.use({ viewport: { width: size.width, height: size.height } });

    test('a menu button opens the navigation as a drawer over the page; following a link closes it', async ({
      page,
    }) => {
      await page.goto('/overview');
      await expect(heading(page, 'Overview')).toBeVisible();
      const nav = page.getByRole('navigation', { name: 'Main' });
      // no menu beside the page: it would take the width the page needs
      await expect(nav).toBeHidden();
      const menu = page.getByRole('button', { name: 'Open navigation' });
      await expect(menu).toHaveAttribute('aria-expanded', 'false');
      await menu.click();
      await expect(page.getByRole('dialog', { name: 'Navigation' })).toBeVisible();
      await expect(nav).toBeVisible();
      await expect(nav.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
      await expectNoAxeViolations(page);
      await nav.getByRole('link', { name: 'Retention' }).click();
      await expect(heading(page, 'Retention')).toBeVisible();
      await expect(nav).toBeHidden();
      await expect(page).toHaveURL(/\/settings\/retention$/);

      // by keyboard: Escape closes it and gives the focus back to the button
      await menu.focus();
      await page.keyboard.press('Enter');
      await expect(nav.getByRole('link', { name: 'Retention' })).toHaveAttribute('aria-current', 'page');
      await page.keyboard.press('Escape');
      await expect(nav).toBeHidden();
      await expect(menu).toBeFocused();
    });

    test('Role, UTC/Local, theme, the user and the organisation fold into one panel', async ({ page }) => {
      await page.goto('/audit/authentication');
      await settled(page);
      // not in the app bar itself
      await expect(page.getByRole('group', { name: 'Theme' })).toBeHidden();
      const account = page.getByRole('button', { name: 'Account and display' });
      await account.click();
      const panel = page.getByRole('dialog', { name: 'Account and display' });
      await expect(panel.getByText('Aoife Brennan')).toBeVisible();
      await expect(panel.getByText('Dunmore Energy')).toBeVisible();
      await expect(panel.getByRole('combobox', { name: 'Role' })).toBeVisible();

      await panel.getByRole('button', { name: /Show times in local time/ }).click();
      await panel.getByRole('button', { name: 'Dark theme' }).click();
      await expect(panel.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        'rgb(15, 18, 20)',
      );
      await expectFitsTheScreen(page);
      await expectNoAxeViolations(page);

      await panel.getByRole('combobox', { name: 'Role' }).click();
      await page.getByRole('option', { name: 'Auditor' }).click();
      await expect(panel.getByText(/· auditor$/)).toBeVisible();

      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(account).toBeFocused();
      // the page behind the panel follows what was chosen in it
      await expect(dataRows(page).first().getByRole('gridcell').first()).toContainText('UTC+01:00');
    });

    for (const entry of PAGES) {
      test(`${entry.name} fits the screen and passes axe`, async ({ page }) => {
        await entry.open(page);
        await expectFitsTheScreen(page);
        await expectNoAxeViolations(page);
      });
    }
  });
}

test('a wide screen keeps the menu beside the page and the controls in the app bar', async ({ page }) => {
  await page.goto('/overview');
  await expect(heading(page, 'Overview')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open navigation' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Account and display' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Theme' })).toBeVisible();
});

test.describe('a landscape tablet (1024×768)', () => {
  test.use({ viewport: { width: 1024, height: 768 } });
  test('keeps the menu beside the page and folds the app-bar controls', async ({ page }) => {
    await page.goto('/overview');
    await expect(heading(page, 'Overview')).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Open navigation' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Account and display' }).click();
    await expect(
      page.getByRole('dialog', { name: 'Account and display' }).getByRole('group', { name: 'Theme' }),
    ).toBeVisible();
    await expectFitsTheScreen(page);
  });
});
