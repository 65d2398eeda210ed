import { launchBrowser, startServer } from '/work/main/test/e2e/harness.ts';
const [path, w, h, prefix, clicks] = [process.argv[2], +process.argv[3], +process.argv[4], process.argv[5], process.argv[6]];
const server = await startServer('/work/main/build');
const browser = await launchBrowser();
const ctx = await browser.newContext({ viewport: { width: w, height: h }, serviceWorkers: 'block', isMobile: w < 500, hasTouch: true });
const page = await ctx.newPage();
page.on('pageerror', (e) => console.log('pageerror', e.stack));
page.on('console', (m) => { if (m.type() === 'error') console.log('console', m.text()); });
await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
await page.waitForTimeout(800);
if (clicks) for (const c of clicks.split('|')) { await page.locator(c).first().click(); await page.waitForTimeout(500); }
const total = await page.evaluate(() => document.documentElement.scrollHeight);
let k = 0;
for (let y = 0; y < total && k < 8; y += h, k++) {
  await page.evaluate((y) => window.scrollTo(0, y), y);
  await page.waitForTimeout(150);
  await page.screenshot({ path: `/tmp/${prefix}-${k}.png` });
}
console.log('shots', k, 'height', total);
await browser.close(); await server.close();
