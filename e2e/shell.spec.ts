import { expect, expectNoAxeViolations, grid, test } from './fixtures';

test('the landing page is the Overview; the Authentication grid is in the navigation', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/overview$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  // the menu navigates inside the page: what the page holds survives the click
  await page.evaluate(() => Object.assign(window, { stillHere: true }));
  await nav.getByRole('link', { name: 'Authentication' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Authentication' })).toBeVisible();
  expect(await page.evaluate(() => 'stillHere' in window)).toBe(true);
  await expect(nav.getByRole('link', { name: 'Authentication' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Overview' })).not.toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('Dunmore Energy')).toBeVisible();
  await expect(page.getByText('Aoife Brennan')).toBeVisible();
  await expect(grid(page).getByRole('row').nth(1)).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an unknown address shows a 404 page with a way back', async ({ page }) => {
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Go to the console' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
});

test('an unknown stream is a 404, not a broken grid', async ({ page }) => {
  await page.goto('/audit/nonsense');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('dark mode is kept across reloads and passes axe', async ({ page }) => {
  await page.goto('/audit/authentication');
  await page.getByRole('button', { name: 'Dark theme' }).click();
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(15, 18, 20)');
  await page.reload();
  await expect(grid(page).getByRole('row').nth(1)).toBeVisible();
  expect(await background()).toBe('rgb(15, 18, 20)');
  await expectNoAxeViolations(page);
});

test('times show in UTC by default and switch to local time, kept across reloads', async ({ page }) => {
  await page.goto('/audit/authentication');
  const firstTime = grid(page).getByRole('row').nth(1).getByRole('gridcell').first();
  await expect(firstTime).toContainText('UTC');
  await page.getByRole('button', { name: /Show times in local time/ }).click();
  // the tests run in Europe/Paris: an hour ahead of UTC in November
  await expect(page.getByRole('button', { name: 'Show times in local time (UTC+01:00)' })).toBeVisible();
  await expect(firstTime).toContainText('UTC+01:00');
  await page.reload();
  await expect(grid(page).getByRole('row').nth(1).getByRole('gridcell').first()).toContainText('UTC+01:00');
});

test('hovering a time shows it in the other zone; a click on it still opens the record', async ({ page }) => {
  await page.goto('/audit/authentication');
  const firstTime = grid(page).getByRole('row').nth(1).getByRole('gridcell').first();
  await firstTime.hover();
  await expect(page.getByRole('tooltip')).toContainText('UTC+01:00');
  await grid(page).getByRole('row').nth(2).getByRole('gridcell').first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
});

test('a page load breaks no rule of the Content Security Policy', async ({ page }) => {
  // the browser reports a violation as an event, not on the console
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto('/audit/authentication');
  await expect(page.getByRole('grid')).toBeVisible();
  await page.getByRole('row').nth(1).waitFor();
  expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual(
    [],
  );
});
