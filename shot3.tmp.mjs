import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-background-networking','--disable-component-update','--no-first-run','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, colorScheme: process.argv[5] === 'dark' ? 'dark' : 'light' });
page.on('pageerror', e => console.log('pageerror', e.message));
page.on('console', m => { if (m.type()==='error') console.log('console', m.text().slice(0,300)); });
const [url, out, action] = process.argv.slice(2);
await page.addInitScript(() => localStorage.setItem('audit-console.mock', JSON.stringify({ records: 10000 })));
const t0 = Date.now();
await page.goto('http://localhost:4174' + url);
await page.getByRole('main').waitFor();
try { await page.getByRole('grid').getByRole('gridcell').first().waitFor({ timeout: 15000 }); } catch {}
console.log('loaded', Date.now() - t0);
if (action === 'open') { await page.getByRole('grid').getByRole('row').nth(1).click(); await page.waitForTimeout(1500); }
if (action === 'wait') { await page.waitForTimeout(2500); }
await page.screenshot({ path: out });
await browser.close();
