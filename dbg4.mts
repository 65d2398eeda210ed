import { launchBrowser, startServer } from '/work/main/test/e2e/harness.ts';
const server = await startServer('/work/main/build');
const browser = await launchBrowser();
for (const clients of [10000, 50000]) {
  const ctx = await browser.newContext({ viewport: { width: 1400, height: 1000 }, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  page.on('pageerror', (e) => console.log('pageerror', e.stack));
  await page.goto(`${server.url}/simulator/?clients=${clients}&tab=clients&month=1`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(1500);
  await page.evaluate(`window.__f = []; { let last = performance.now(); function loop(t) { window.__f.push(t - last); last = t; if (window.__f.length < 400) requestAnimationFrame(loop); } requestAnimationFrame(loop); }`);
  await page.locator('select').last().selectOption('16');
  await page.keyboard.press('k');
  await page.waitForTimeout(4000);
  const f: number[] = await page.evaluate('window.__f');
  const text = await page.locator('.agent-view .count').textContent();
  f.sort((a, b) => a - b);
  console.log(clients, 'frames', f.length, 'median', f[f.length >> 1].toFixed(1), 'p95', f[Math.floor(f.length * 0.95)].toFixed(1), 'max', f[f.length - 1].toFixed(1), text);
  await ctx.close();
}
await browser.close(); await server.close();
