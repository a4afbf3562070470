import { chromium } from '@playwright/test';
const url = process.argv[2];
const out = process.argv[3];
const dark = process.argv[4] === 'dark';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-gpu',
  ],
});
const page = await browser.newPage({
  viewport: { width: 1400, height: 900 },
  colorScheme: dark ? 'dark' : 'light',
});
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning')
    console.log('console', m.type(), m.text().slice(0, 300));
});
page.on('pageerror', (e) => console.log('pageerror', e.message));
const t0 = Date.now();
await page.goto(url);
await page.waitForTimeout(Number(process.argv[5] ?? 4000));
console.log('elapsed', Date.now() - t0);
await page.screenshot({ path: out });
await browser.close();
