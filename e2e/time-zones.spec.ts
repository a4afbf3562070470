import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, settled, test } from './fixtures';

/** Local time in the browser's zone, as a person who switched to it would see. */
async function inLocalTime(page: Page) {
  await page.addInitScript(() => localStorage.setItem('audit-console.timezone', '"local"'));
}

function openPicker(page: Page) {
  return page.getByRole('button', { name: /^Time range/ }).click();
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Choose time range' });

test.describe('New York', () => {
  test.use({ timezoneId: 'America/New_York' });

  test('the repeated 01:00 hour: each bound shows its offset, either instance can be chosen, an edit moves nothing else', async ({
    page,
  }) => {
    await inLocalTime(page);
    // 01:40 EDT → 01:40 EST: the hour that happens twice on 2026-11-01
    await page.goto('/audit/authentication?from=2026-11-01T05:40:00.000Z&to=2026-11-01T06:40:00.000Z');
    await settled(page);
    await openPicker(page);
    const from = dialog(page).getByRole('group', { name: 'From' });
    const to = dialog(page).getByRole('group', { name: 'To' });
    await expect(dialog(page).getByText('UTC-04:00', { exact: true })).toBeVisible();
    await expect(dialog(page).getByText('UTC-05:00', { exact: true })).toBeVisible();
    await expect(dialog(page).getByRole('radiogroup', { name: /happens twice\. To:/ })).toBeVisible();
    await expect(dialog(page).getByRole('radio', { name: 'the second (UTC-05:00)' }).last()).toBeChecked();
    await expectNoAxeViolations(page);

    // only the seconds of To change: it stays in the second 01:00 hour
    await to.getByRole('spinbutton', { name: 'Seconds' }).click();
    await page.keyboard.type('15');
    await expect(dialog(page).getByRole('alert')).toHaveCount(0);
    // From moves to the second instance as well: still before To
    await from.getByRole('spinbutton', { name: 'Minutes' }).click();
    await page.keyboard.type('10');
    await dialog(page).getByRole('radio', { name: 'the second (UTC-05:00)' }).first().check();
    await dialog(page).getByRole('button', { name: 'Apply' }).click();
    await expect(page).toHaveURL(
      /from=2026-11-01T06%3A10%3A00\.000Z&to=2026-11-01T06%3A40%3A15\.000Z|from=2026-11-01T06:10:00\.000Z&to=2026-11-01T06:40:15\.000Z/,
    );
    await expect(
      page.getByRole('button', {
        name: 'Time range: 2026-11-01 01:10:00 UTC-05:00 → 2026-11-01 01:40:15 UTC-05:00',
      }),
    ).toBeVisible();
  });

  test('a time the clocks skipped is refused as such, and what was typed stays', async ({ page }) => {
    await inLocalTime(page);
    await page.goto('/audit/authentication?from=2026-03-08T06:30:00.000Z&to=2026-03-08T08:30:00.000Z');
    await settled(page);
    await openPicker(page);
    const from = dialog(page).getByRole('group', { name: 'From' });
    // 01:30 EST → 02:30, which 2026-03-08 never had in New York
    await from.getByRole('spinbutton', { name: 'Hours' }).click();
    await page.keyboard.type('02');
    await expect(dialog(page).getByRole('alert')).toHaveText(
      'From: 2026-03-08 02:30:00 does not exist in local time: at 2026-03-08 02:00 the clocks went forward to 03:00 (UTC-05:00 → UTC-04:00).',
    );
    await expect(dialog(page).getByRole('button', { name: 'Apply' })).toBeDisabled();
    await expect(from.getByRole('spinbutton', { name: 'Hours' })).toHaveText('02');
    await expect(from.getByRole('spinbutton', { name: 'Minutes' })).toHaveText('30');
  });
});

for (const [timezoneId, offset] of [
  ['Pacific/Kiritimati', 'UTC\\+14:00'],
  ['Etc/GMT+12', 'UTC-12:00'],
] as const) {
  test.describe(timezoneId, () => {
    test.use({ timezoneId });

    test('the histogram’s days are local days, today’s among them', async ({ page }) => {
      await inLocalTime(page);
      await page.goto('/audit/authorisation?from=now-60d');
      await settled(page);
      const figure = page.getByRole('figure', { name: 'Records over time' });
      await figure.getByRole('button', { name: 'View as table' }).click();
      const today = new Intl.DateTimeFormat('en-CA', { timeZone: timezoneId }).format(new Date());
      const rows = figure.getByRole('table').getByRole('rowheader');
      await expect(rows.last()).toHaveText(
        new RegExp(`^${today} 00:00:00 → \\d{2}:\\d{2}:\\d{2} ${offset}$`),
      );
      await expect(rows.nth(1)).toHaveText(
        new RegExp(`^\\d{4}-\\d{2}-\\d{2} 00:00:00 → 23:59:59 ${offset}$`),
      );
    });
  });
}
