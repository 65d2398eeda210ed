import { launchBrowser, startServer } from '../test/e2e/harness';
const server = await startServer();
const browser = await launchBrowser();
const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
await page.goto(`${server.url}/simulator/?clients=200000`, { waitUntil: 'networkidle' });
await page.waitForTimeout(8000);
console.log(await page.evaluate(() => {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const out: [number, string][] = []; let n: Node | null;
  while ((n = w.nextNode())) { const t = n.nodeValue ?? ''; if (t.length > 2000) out.push([t.length, (n.parentElement?.outerHTML ?? '').slice(0, 200)]); }
  return [document.body.innerHTML.length, out];
}));
console.log(await page.locator('[data-runs]').evaluate((e) => [e.dataset.runs, e.getAttribute('aria-busy')]));
await browser.close(); await server.close();
