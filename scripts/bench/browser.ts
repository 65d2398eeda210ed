// The bench's Chromium measurement: from a slider's input event to the charts redrawn, on the built simulator page.
import type { Page } from 'playwright-core';

export interface LatencyFigures {
	samples: number[];
	p95: number;
	median: number;
	/**
	 * The same samples by lever. The acquisition cost is a price (schema.ts): the page works it out from the
	 * run shown without a new run, so its moves time the page's own part (charts, figures, the next frame).
	 */
	byLever: Record<string, { p95: number; median: number }>;
}

/** The q-quantile of a sample, as the nearest rank. */
function rank(xs: number[], q: number): number {
	const sorted = [...xs].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** The sliders the measurement moves, in turn (the three levers). */
const LEVERS = ['retention', 'acquisitionMultiple', 'investment'];

/**
 * Waits until the page shows its first run from the worker path: the results section carries `data-runs`
 * (runs shown so far) and no longer reports itself busy.
 */
export async function waitForIdle(page: Page, timeout = 30_000): Promise<void> {
	await page.waitForFunction(
		() => {
			const el = document.querySelector('[data-runs]');
			return !!el && el.getAttribute('aria-busy') !== 'true';
		},
		undefined,
		{ timeout }
	);
}

/**
 * The in-page half of one move, as source text (so that no build tool's helpers end up inside it): sets the
 * slider one step up or down, fires its input event, and resolves with the milliseconds until the first
 * frame painted after the new run's numbers are in the DOM.
 */
const MOVE_AND_TIME = `({ key, up }) =>
	new Promise((done, fail) => {
		const results = document.querySelector('[data-runs]');
		const input = document.querySelector('[data-key="' + key + '"] input[type="range"]');
		if (!results || !input) return fail(new Error('no slider for ' + key));
		const before = results.dataset.runs;
		const timer = setTimeout(() => fail(new Error('no redraw within 10 s')), 10000);
		let t0 = 0;
		const seen = new MutationObserver(() => {
			if (results.dataset.runs === before) return;
			seen.disconnect();
			requestAnimationFrame(() => {
				// A message posted from the frame callback runs after that frame is painted.
				const ch = new MessageChannel();
				ch.port1.onmessage = () => {
					clearTimeout(timer);
					done(performance.now() - t0);
				};
				ch.port2.postMessage(null);
			});
		});
		seen.observe(results, { attributes: true, attributeFilter: ['data-runs'] });
		const step = Number(input.step) || 1;
		const v = Number(input.value);
		const next = up ? Math.min(Number(input.max), v + step) : Math.max(Number(input.min), v - step);
		t0 = performance.now();
		input.value = String(next === v ? v - step : next);
		input.dispatchEvent(new Event('input', { bubbles: true }));
	})`;

/**
 * Moves lever sliders `count` times (a step up or down each time, as a dragged slider does) and times each
 * move inside the page: from just before the input event to the first frame painted after the new run's
 * numbers are in the DOM (the results' `data-runs` counter changes in the same update as the charts).
 * `pauseMs` is left between moves, so the background seeds of the last move are still running, as in use.
 */
export async function measureSliderLatency(
	page: Page,
	count: number,
	pauseMs = 120
): Promise<LatencyFigures> {
	await waitForIdle(page);
	const samples: number[] = [];
	for (let k = 0; k < count; k++) {
		const key = LEVERS[k % LEVERS.length];
		const ms = (await page.evaluate(
			`(${MOVE_AND_TIME})(${JSON.stringify({ key, up: k % 6 < 3 })})`
		)) as number;
		samples.push(ms);
		await page.waitForTimeout(pauseMs);
	}
	const byLever: LatencyFigures['byLever'] = {};
	for (const [k, key] of LEVERS.entries()) {
		const mine = samples.filter((_, j) => j % LEVERS.length === k);
		if (mine.length) byLever[key] = { p95: rank(mine, 0.95), median: rank(mine, 0.5) };
	}
	return { samples, p95: rank(samples, 0.95), median: rank(samples, 0.5), byLever };
}
