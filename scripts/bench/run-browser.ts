// Opens the built simulator in Chromium (the end-to-end harness's server and browser) and measures slider latency.
import { launchBrowser, startServer } from '../../test/e2e/harness';
import { measureSliderLatency, type LatencyFigures } from './browser';

/** Serves build/, opens /simulator/ at the default size and times `moves` slider moves. */
export async function browserLatency(moves: number): Promise<LatencyFigures> {
	const server = await startServer();
	const browser = await launchBrowser();
	try {
		const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
		const page = await context.newPage();
		await page.goto(`${server.url}/simulator/`, { waitUntil: 'networkidle' });
		// A few moves first, so the worker and the charts are warm (a classroom laptop has the page open).
		await measureSliderLatency(page, 6);
		return await measureSliderLatency(page, moves);
	} finally {
		await browser.close();
		await server.close();
	}
}
