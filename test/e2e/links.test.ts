// Links, exercises and compare in Chromium: a shared link reopens the same run, a bad link explains itself, goals are marked and kept, a baseline compares and exports.
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { openPage, screenshot, useSite } from './harness';
import { MODEL_VERSION } from '../../src/lib/sim/schema';

const site = useSite();

/** Waits until the page has read its link and shows the run of its current parameters. */
async function settled(page: Page): Promise<void> {
	await page.waitForSelector('[data-link-ready="yes"]', { state: 'attached' });
	await page.waitForFunction(
		() => document.querySelector('section.results')?.getAttribute('aria-busy') === 'false'
	);
}

/** The four headline figures as the page shows them. */
function headline(page: Page): Promise<string[]> {
	return page.$$eval('.headline [data-figure] dd:not(.range)', (els) =>
		els.map((e) => e.textContent?.trim() ?? '')
	);
}

/** Moves a slider as a user would (an input event with the new value). */
async function setSlider(page: Page, key: string, value: number): Promise<void> {
	await page.$eval(
		`[data-key="${key}"] input`,
		(el, v) => {
			const input = el as HTMLInputElement;
			input.value = String(v);
			input.dispatchEvent(new Event('input', { bubbles: true }));
		},
		value
	);
}

/** Waits until the address bar holds a query containing every given piece. */
async function urlHas(page: Page, ...parts: string[]): Promise<string> {
	await page.waitForFunction((ps) => ps.every((p) => location.search.includes(p)), parts);
	return page.url();
}

/** Downloads the monthly series through the Export menu and returns the CSV text. */
async function exportCsv(page: Page): Promise<string> {
	await page.getByText('Export', { exact: true }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: /Monthly series \(CSV/ }).click()
	]);
	await page.getByText('Export', { exact: true }).click();
	return readFile((await download.path())!, 'utf8');
}

async function fresh(): Promise<BrowserContext> {
	return site.browser.newContext({
		viewport: { width: 1400, height: 1000 },
		acceptDownloads: true
	});
}

describe('links that reproduce a run', () => {
	it('a copied link opens in a fresh browser with the same headline numbers', async () => {
		const ctx = await fresh();
		await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url });
		const { page, errors } = await openPage(
			ctx,
			`${site.url}/simulator/?clients=2000&seed=7&retention=0.85`
		);
		await settled(page);
		// The user changes a lever after opening the link; the address follows.
		await setSlider(page, 'acquisitionMultiple', 6.5);
		await urlHas(page, 'acquisitionMultiple=6.5', `v=${MODEL_VERSION}`);
		await settled(page);
		const first = await headline(page);
		await page.getByRole('button', { name: 'Copy link' }).click();
		await page.getByText('Link copied.').waitFor();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(page.url());
		expect(copied).toContain('retention=0.85&acquisitionMultiple=6.5&seed=7&clients=2000');

		const other = await fresh();
		const b = await openPage(other, copied);
		await settled(b.page);
		expect(await headline(b.page)).toEqual(first);
		expect(first.every((t) => t.length > 0)).toBe(true);
		// The slider shows the value from the link, and nothing needed a notice.
		expect(
			await b.page.$eval('[data-key="acquisitionMultiple"] output', (e) => e.textContent)
		).toContain('6.5');
		expect(await b.page.locator('.notices-bar li').count()).toBe(0);
		// To the last digit: both browsers export the same monthly series, character for character.
		expect(await exportCsv(b.page)).toBe(await exportCsv(page));
		await screenshot(b.page, 'links-shared');
		expect(errors).toEqual([]);
		expect(b.errors).toEqual([]);
		await ctx.close();
		await other.close();
	});

	it('shows the link as a QR code', async () => {
		const ctx = await fresh();
		const { page, errors } = await openPage(ctx, `${site.url}/simulator/?clients=2000&seed=3`);
		await settled(page);
		await page.getByRole('button', { name: 'QR code' }).click();
		const img = page.locator('dialog img');
		await img.waitFor();
		expect(await img.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
		expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth > 0)).toBe(true);
		expect(await page.locator('dialog .url').textContent()).toContain('seed=3');
		await screenshot(page, 'links-qr');
		await page.keyboard.press('Escape');
		expect(errors).toEqual([]);
		await ctx.close();
	});

	it('a bad link names each problem, uses safe values, and the page still works', async () => {
		const ctx = await fresh();
		const { page, errors } = await openPage(
			ctx,
			`${site.url}/simulator/?clients=2000&retention=7&seed=abc&%3Cscript%3Ealert(1)%3C%2Fscript%3E=1&tab=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&v=${MODEL_VERSION - 1}`
		);
		await settled(page);
		const bar = page.locator('.notices-bar[role="status"]');
		const items = await bar.locator('li').allTextContents();
		expect(items[0]).toMatch(/model version .*numbers may differ/);
		const retention = items.find((t) => t.startsWith('retention'))!;
		expect(retention).toContain('7');
		expect(retention).toContain('0.5 to 0.99');
		expect(retention).toContain('used 0.99');
		expect(items.find((t) => t.startsWith('seed'))).toContain('"abc"');
		expect(
			items.some((t) => t.includes('<script>alert(1)</script>') && t.includes('ignored'))
		).toBe(true);
		expect(items.some((t) => t.startsWith('tab:'))).toBe(true);
		// Nothing from the link became markup.
		expect(await page.locator('.notices-bar script, .notices-bar img').count()).toBe(0);
		// The values used are the ones the notices name.
		expect(await page.$eval('[data-key="retention"] output', (e) => e.textContent)).toContain(
			'99%'
		);
		await screenshot(page, 'links-bad');
		// The page still works: a lever moves the headline.
		const before = await headline(page);
		await setSlider(page, 'retention', 0.7);
		await urlHas(page, 'retention=0.7');
		await settled(page);
		expect(await headline(page)).not.toEqual(before);
		// The address was cleaned up: it now holds only valid values.
		expect(page.url()).not.toContain('script');
		expect(page.url()).toContain(`v=${MODEL_VERSION}`);
		await bar.getByRole('button', { name: 'Dismiss' }).click();
		expect(await bar.locator('li').count()).toBe(0);
		expect(errors).toEqual([]);
		await ctx.close();
	});
});

describe('scenarios and exercises', () => {
	it('completes a goal, marks it met, and keeps the progress after a reload', async () => {
		const ctx = await fresh();
		const list = await openPage(ctx, `${site.url}/scenarios/`);
		expect(await list.page.locator('article[data-scenario]').count()).toBeGreaterThanOrEqual(7);
		await screenshot(list.page, 'scenarios-list');
		await list.page
			.locator('article[data-scenario="five-percent-lever"]')
			.getByRole('link', { name: 'Open in the simulator' })
			.click();
		const page = list.page;
		await page.waitForURL(/simulator\/\?.*scenario=five-percent-lever/);
		await settled(page);
		const goal = page.locator('[data-goal="quarter-more"]');
		await expect.poll(() => goal.getAttribute('data-met')).toBe('no');
		expect(await goal.textContent()).toContain('Not met');

		// Story mode: the next step sets its parameters and the link carries the step.
		await page.getByRole('button', { name: 'Next →' }).click();
		await urlHas(page, 'retention=0.85', 'step=2');
		await page.keyboard.press('n');
		await urlHas(page, 'retention=0.81', 'step=3');
		await page.keyboard.press('p');
		await urlHas(page, 'retention=0.85', 'step=2');

		// The trainee meets the goal with retention alone.
		await setSlider(page, 'retention', 0.9);
		await urlHas(page, 'retention=0.9');
		await settled(page);
		await expect.poll(() => goal.getAttribute('data-met'), { timeout: 20_000 }).toBe('yes');
		const text = (await goal.textContent()) ?? '';
		expect(text).toContain('Met');
		expect(text).toMatch(/Profit over 10 years: ¤[\d.,]+[KMB]? \(\+\d+% on the start/);
		await screenshot(page, 'scenario-goal-met');

		// Reload: the link reopens the same step and values, and the progress is still there.
		await page.reload({ waitUntil: 'networkidle' });
		await settled(page);
		expect(page.url()).toContain('step=2');
		await expect.poll(() => goal.getAttribute('data-met')).toBe('yes');
		expect(await goal.locator('.done').textContent()).toContain('Completed');

		// Back at the start the goal is not met now, but the progress says it was completed.
		const start = await openPage(ctx, `${site.url}/simulator/?scenario=five-percent-lever`);
		await settled(start.page);
		const g2 = start.page.locator('[data-goal="quarter-more"]');
		await expect.poll(() => g2.getAttribute('data-met')).toBe('no');
		expect(await g2.locator('.done').textContent()).toContain('Completed earlier');
		const again = await openPage(ctx, `${site.url}/scenarios/`);
		expect(
			await again.page
				.locator('article[data-scenario="five-percent-lever"] .progress')
				.textContent()
		).toContain('1 of 1 completed');
		expect(list.errors).toEqual([]);
		expect(start.errors).toEqual([]);
		expect(again.errors).toEqual([]);
		await ctx.close();
	});
});

describe('compare and export', () => {
	it('works out a large baseline from a link in the background worker, saying so meanwhile', async () => {
		const ctx = await fresh();
		const { page, errors } = await openPage(
			ctx,
			`${site.url}/simulator/?clients=200000&baseline.retention=0.85`
		);
		// While the baseline runs the page keeps drawing: the compare panel says it is working.
		await page.locator('section.compare[aria-busy="true"]').waitFor();
		expect(await page.locator('section.compare [role="status"]').textContent()).toBe(
			"Working out the baseline's run…"
		);
		await settled(page);
		await page.locator('section.compare[aria-busy="false"]').waitFor({ timeout: 60_000 });
		await expect
			.poll(() => page.locator('[data-testid="compare-sentence"]').textContent())
			.toMatch(/retention rate from 85% to 80%/);
		expect(errors).toEqual([]);
		await ctx.close();
	});

	it('pins a baseline, draws it as a ghost, says what changed, and exports both runs', async () => {
		const ctx = await fresh();
		const { page, errors } = await openPage(ctx, `${site.url}/simulator/?clients=2000&seed=5`);
		await settled(page);
		await page.keyboard.press('b');
		await page.locator('section.compare[data-pinned="yes"]').waitFor();
		await expect
			.poll(() => page.locator('[data-testid="compare-sentence"]').textContent())
			.toMatch(/matches the baseline/);
		await setSlider(page, 'retention', 0.85);
		await urlHas(page, 'retention=0.85', 'baseline.retention=0.8');
		await settled(page);
		const sentence = page.locator('[data-testid="compare-sentence"]');
		await expect
			.poll(() => sentence.textContent())
			.toMatch(
				/^Raising retention rate from 80% to 85% raised ten-year profit from ¤[\d.,]+[KMB]? to ¤[\d.,]+[KMB]? \(\+\d+(\.\d)?%\)\.$/
			);
		const delta = await page.locator('.deltas [data-figure="profit"] .diff').textContent();
		expect(delta).toMatch(/^\+\d/);
		// The ghost line is part of each chart's data (its table lists the baseline series).
		const headers = await page.$$eval('figure.chart-card th[scope="col"]', (ths) =>
			ths.map((t) => t.textContent)
		);
		expect(headers).toContain('Profit (baseline)');
		expect(headers).toContain('Cumulative profit (baseline)');
		expect(headers).toContain('All current clients (baseline)');
		await screenshot(page, 'compare');

		// The baseline travels in the link.
		const other = await fresh();
		const b = await openPage(other, page.url());
		await settled(b.page);
		await b.page.locator('section.compare[data-pinned="yes"][aria-busy="false"]').waitFor();
		expect(await b.page.locator('[data-testid="compare-sentence"]').textContent()).toBe(
			await sentence.textContent()
		);

		// CSV with both runs.
		await page.getByText('Export', { exact: true }).click();
		const [csvDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: /Monthly series \(CSV, both runs\)/ }).click()
		]);
		const csv = await readFile((await csvDownload.path())!, 'utf8');
		const lines = csv.trim().split('\n');
		expect(lines[0].startsWith('run,month,')).toBe(true);
		expect(lines.filter((l) => l.startsWith('current,'))).toHaveLength(120);
		expect(lines.filter((l) => l.startsWith('baseline,'))).toHaveLength(120);
		expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);

		// A PNG of a chart.
		const [pngDownload] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Cumulative profit (PNG)' }).click()
		]);
		const png = await readFile((await pngDownload.path())!);
		expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
		expect(pngDownload.suggestedFilename()).toBe('retention-lab-cumulative-profit.png');

		// Clearing the baseline removes it from the link.
		await page.getByRole('button', { name: 'Clear baseline' }).click();
		await page.waitForFunction(() => !location.search.includes('baseline'));
		expect(errors).toEqual([]);
		expect(b.errors).toEqual([]);
		await ctx.close();
		await other.close();
	});
});
