import { expect, test } from '@playwright/test';

/**
 * The server's histogram in Local mode: buckets on the browser's wall clock, at a half-hour
 * offset (Asia/Kolkata) and a whole-hour one. On PGlite that is whether the hourly rollup can
 * count them (whole hours) or only the records can; ClickHouse counts the records either way.
 */
for (const { timezoneId, range, row } of [
  // a local hour at +05:30 starts at :30 UTC: on PGlite, the records count it
  {
    timezoneId: 'Asia/Kolkata',
    range: 'now-3d',
    row: /^\d{4}-\d{2}-\d{2} \d{2}:00:00 → \d{2}:59:59 UTC\+05:30$/,
  },
  // a local day at +14:00 starts at 10:00 UTC: on PGlite, the rollup's whole hours count it
  {
    timezoneId: 'Pacific/Kiritimati',
    range: 'now-60d',
    row: /^\d{4}-\d{2}-\d{2} 00:00:00 → 23:59:59 UTC\+14:00$/,
  },
]) {
  test.describe(timezoneId, () => {
    test.use({ timezoneId });

    test(`histogram buckets start on the local wall clock (${range})`, async ({ page }) => {
      await page.addInitScript(() => localStorage.setItem('audit-console.timezone', '"local"'));
      await page.goto(`/audit/access?from=${range}`);
      const figure = page.getByRole('figure', { name: 'Records over time' });
      await figure.getByRole('button', { name: 'View as table' }).click();
      const rows = figure.getByRole('table').getByRole('rowheader');
      // the first bucket is clipped to the range's start, the last to its end
      await expect(rows.nth(1)).toHaveText(row);
      await expect(rows.nth(2)).toHaveText(row);
    });
  });
}
