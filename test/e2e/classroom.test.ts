// The classroom in a real browser: presentation mode at projector sizes, the phone layout, a keyboard-only walkthrough, the agent view's count against the engine, offline after one visit (from a sub-folder), a printable handout, and axe.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BUILD_DIR, openPage, screenshot, startServer, useSite } from './harness';
import { MODEL_VERSION, simulate, withDefaults } from '../../src/lib/sim';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

const site = useSite();

/** Page width beyond the viewport (0 when nothing is cut off or scrolls sideways). */
const overflowX = (page: Page) =>
	page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Elements (not inside a scrolling box) whose right edge passes the viewport. */
const cutOff = (page: Page) =>
	page.evaluate(() => {
		const out: string[] = [];
		const w = document.documentElement.clientWidth;
		for (const el of document.querySelectorAll<HTMLElement>('main *, header *')) {
			const r = el.getBoundingClientRect();
			if (r.width === 0 || r.height === 0) continue;
			let p: HTMLElement | null = el.parentElement;
			let scrolls = false;
			while (p) {
				const o = getComputedStyle(p).overflowX;
				if (o === 'auto' || o === 'scroll' || o === 'hidden') scrolls = true;
				p = p.parentElement;
			}
			if (!scrolls && (r.right > w + 1 || r.left < -1))
				out.push(
					`${el.tagName.toLowerCase()}.${el.className} ${Math.round(r.left)}–${Math.round(r.right)}`
				);
		}
		return out.slice(0, 10);
	});

/** The agent view's count line, e.g. "9,812 clients shown in month 37", as numbers. */
async function shownCount(page: Page): Promise<{ clients: number; month: number }> {
	const text = (await page.locator('.agent-view .count').textContent()) ?? '';
	const m = /([\d,]+)\s+clients shown in month (\d+)/.exec(text);
	if (!m) throw new Error(`no count line: ${text}`);
	return { clients: Number(m[1].replace(/,/g, '')), month: Number(m[2]) };
}

/** Opens the first client's story with the keyboard (focus the client map, Enter). */
async function openStoryByKeyboard(page: Page): Promise<void> {
	const map = page.getByRole('application', { name: /Client map/ });
	await map.focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Enter');
	await expect.poll(() => page.locator('.agent-view .story').count()).toBe(1);
}

/** axe-core's serious and critical violations on the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
	await page.addScriptTag({ path: AXE });
	const found = await page.evaluate(async () => {
		// @ts-expect-error axe is injected above
		const r = await window.axe.run(document, { resultTypes: ['violations'] });
		return (
			r.violations as { id: string; impact: string; help: string; nodes: { target: string[] }[] }[]
		).map((v) => ({
			id: v.id,
			impact: v.impact,
			help: v.help,
			targets: v.nodes.slice(0, 3).map((n) => n.target.join(' '))
		}));
	});
	return found
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.join(', ')})`);
}

async function newContext(
	width: number,
	height: number,
	extra: Parameters<Browser['newContext']>[0] = {}
): Promise<BrowserContext> {
	return site.browser.newContext({
		viewport: { width, height },
		serviceWorkers: 'block',
		...extra
	});
}

describe('presentation mode', () => {
	for (const [width, height] of [
		[1024, 768],
		[1920, 1080]
	]) {
		it(`is readable at ${width}×${height}: projector colours, large type, advanced controls hidden`, async () => {
			const context = await newContext(width, height);
			const { page, errors } = await openPage(context, `${site.url}/simulator/?present=1`);
			await expect
				.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-present')))
				.toBe(true);
			await expect
				.poll(() => page.locator('[data-figure="profit"] dd').first().textContent())
				.toMatch(/¤/);
			// Large type: the root font is larger than the browser's 16px.
			const rootPx = await page.evaluate(() =>
				parseFloat(getComputedStyle(document.documentElement).fontSize)
			);
			expect(rootPx).toBeGreaterThanOrEqual(19);
			// Projector profile: white background, black text, thick chart lines.
			const tokens = await page.evaluate(() => {
				const s = getComputedStyle(document.documentElement);
				return {
					bg: s.getPropertyValue('--bg').trim(),
					text: s.getPropertyValue('--text').trim(),
					line: s.getPropertyValue('--chart-line').trim()
				};
			});
			expect(['#fff', '#ffffff']).toContain(tokens.bg);
			expect(['#000', '#000000']).toContain(tokens.text);
			expect(Number(tokens.line)).toBeGreaterThanOrEqual(4);
			// Only the three levers stay on screen.
			await expect.poll(() => page.locator('details[data-group="lever"]').isVisible()).toBe(true);
			for (const g of ['client', 'market', 'scenario'])
				expect(await page.locator(`details[data-group="${g}"]`).isVisible()).toBe(false);
			expect(await overflowX(page)).toBeLessThanOrEqual(0);
			expect(await cutOff(page)).toEqual([]);
			await page.waitForTimeout(300);
			await screenshot(page, `present-${width}x${height}`);
			// The agent view in presentation mode.
			await page.getByRole('tab', { name: 'Watch the clients' }).click();
			await expect.poll(() => shownCount(page).then((c) => c.clients)).toBeGreaterThan(0);
			await page.waitForTimeout(300);
			await screenshot(page, `present-clients-${width}x${height}`);
			expect(await overflowX(page)).toBeLessThanOrEqual(0);
			expect(errors).toEqual([]);
			await context.close();
		});
	}
});

describe('phones and tablets', () => {
	const sizes: [string, number, number][] = [
		['phone', 390, 844],
		['tablet-portrait', 768, 1024],
		['tablet-landscape', 1024, 768]
	];
	for (const [name, width, height] of sizes) {
		it(`fits the simulator on a ${name} (${width}×${height}) with thumb-sized controls`, async () => {
			const context = await newContext(width, height, {
				isMobile: name === 'phone',
				hasTouch: true,
				deviceScaleFactor: 2
			});
			const { page, errors } = await openPage(context, `${site.url}/simulator/`);
			await expect
				.poll(() => page.locator('[data-figure="profit"] dd').first().textContent())
				.toMatch(/¤/);
			expect(await overflowX(page)).toBeLessThanOrEqual(0);
			expect(await cutOff(page)).toEqual([]);
			// Sliders a thumb can use: at least 44px tall and most of the width.
			const slider = page.getByLabel('Retention rate', { exact: true });
			const box = await slider.boundingBox();
			expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
			expect(box?.width ?? 0).toBeGreaterThanOrEqual(Math.min(width * 0.7, 280));
			// Charts are as wide as the screen allows.
			const chart = await page.locator('#panel-charts canvas').first().boundingBox();
			expect(chart?.width ?? 0).toBeGreaterThanOrEqual(Math.min(width - 60, 300));
			await screenshot(page, `simulator-${name}-${width}x${height}`);
			// Tap the retention slider near its right end: the value moves.
			const before = await slider.inputValue();
			if (box) await page.touchscreen.tap(box.x + box.width * 0.9, box.y + box.height / 2);
			await expect.poll(() => slider.inputValue()).not.toBe(before);
			// The clients tab fits too.
			await page.getByRole('tab', { name: 'Watch the clients' }).tap();
			await expect.poll(() => shownCount(page).then((c) => c.clients)).toBeGreaterThan(0);
			expect(await overflowX(page)).toBeLessThanOrEqual(0);
			expect(await cutOff(page)).toEqual([]);
			await page.waitForTimeout(300);
			await screenshot(page, `clients-${name}-${width}x${height}`);
			expect(errors).toEqual([]);
			await context.close();
		});
	}
});

describe('agent view', () => {
	it("shows exactly the engine's number of clients for the shown month", async () => {
		const context = await newContext(1280, 900);
		const { page, errors } = await openPage(
			context,
			`${site.url}/simulator/?retention=0.85&tab=clients&month=37`
		);
		const run = simulate(withDefaults({ retention: 0.85 }), { history: false });
		await expect
			.poll(() => shownCount(page))
			.toEqual({ clients: run.monthly[36].activeClients, month: 37 });
		// Step on with the keyboard: the count follows the engine month by month.
		await page.locator('body').focus();
		for (const month of [38, 39]) {
			await page.keyboard.press('.');
			await expect
				.poll(() => shownCount(page))
				.toEqual({ clients: run.monthly[month - 1].activeClients, month });
		}
		// The marks really are drawn: the map's canvas holds coloured pixels.
		const coloured = await page.locator('.agent-view canvas').evaluate((c: HTMLCanvasElement) => {
			const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
			let n = 0;
			for (let k = 0; k < d.length; k += 4)
				if (Math.max(d[k], d[k + 1], d[k + 2]) - Math.min(d[k], d[k + 1], d[k + 2]) > 40) n++;
			return n;
		});
		expect(coloured).toBeGreaterThan(1000);
		// Clicking a mark opens its story.
		const canvas = page.locator('.agent-view canvas');
		const box = (await canvas.boundingBox())!;
		await page.mouse.click(box.x + 10, box.y + 40);
		await expect
			.poll(() => page.locator('.agent-view .story').textContent())
			.toMatch(/became a client|starting client/);
		await screenshot(page, 'agent-view-story');
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('keyboard only', () => {
	it('walks through a scenario and the playback with keys alone', async () => {
		const context = await newContext(1280, 900);
		const { page, errors } = await openPage(
			context,
			`${site.url}/simulator/?scenario=five-percent-lever`
		);
		const stepTitle = page.locator('.step-title');
		await expect.poll(() => stepTitle.textContent()).toMatch(/Step 1 of 4/);
		const profit = page.locator('[data-figure="profit"] dd').first();
		await expect.poll(() => profit.textContent()).toMatch(/¤/);

		// Help overlay: "?" opens it and lists the shortcuts; Esc closes it.
		await page.keyboard.press('?');
		const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
		await expect.poll(() => help.isVisible()).toBe(true);
		const helpText = (await help.textContent()) ?? '';
		for (const label of [
			'Play / pause',
			'Step one month forward',
			'Next scenario step',
			'Full screen',
			'Presentation mode',
			'Reset'
		])
			expect(helpText).toContain(label);
		await screenshot(page, 'help-overlay');
		await page.keyboard.press('Escape');
		await expect.poll(() => help.isVisible()).toBe(false);

		// A presentation clicker: Page Down moves through the scenario's steps, Page Up back.
		const before = await profit.textContent();
		await page.keyboard.press('PageDown');
		await expect.poll(() => stepTitle.textContent()).toMatch(/Step 2 of 4/);
		await expect.poll(() => profit.textContent()).not.toBe(before);
		await page.keyboard.press('PageDown');
		await expect.poll(() => stepTitle.textContent()).toMatch(/Step 3 of 4/);
		await page.keyboard.press('PageUp');
		await expect.poll(() => stepTitle.textContent()).toMatch(/Step 2 of 4/);
		await expect.poll(() => page.url()).toMatch(/step=2/);

		// Presentation mode on by key, and it travels in the link.
		await page.keyboard.press('m');
		await expect
			.poll(() => page.evaluate(() => document.documentElement.hasAttribute('data-present')))
			.toBe(true);
		await expect.poll(() => page.url()).toMatch(/present=1/);

		// Tab to the "Watch the clients" tab and open it with Enter (every stop shows a visible focus ring).
		let found = false;
		for (let k = 0; k < 60 && !found; k++) {
			await page.keyboard.press('Tab');
			const focus = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				const s = el ? getComputedStyle(el) : null;
				return {
					text: el?.textContent?.trim() ?? '',
					outline: s ? parseFloat(s.outlineWidth) || 0 : 0,
					shadow: s?.boxShadow ?? 'none',
					tag: el?.tagName ?? ''
				};
			});
			if (focus.tag !== 'BODY')
				expect(
					focus.outline > 0 || focus.shadow !== 'none',
					`focus visible on ${focus.tag} "${focus.text}"`
				).toBe(true);
			found = focus.text === 'Watch the clients';
		}
		expect(found).toBe(true);
		await page.keyboard.press('Enter');
		await expect.poll(() => shownCount(page).then((c) => c.clients)).toBeGreaterThan(0);

		// Playback by key: K plays, K pauses; "." and "," step a month.
		await page.keyboard.press('k');
		await page.waitForTimeout(900);
		await page.keyboard.press('k');
		const playedTo = (await shownCount(page)).month;
		expect(playedTo).toBeGreaterThan(1);
		expect(playedTo).toBeLessThan(120);
		await page.keyboard.press('.');
		await expect.poll(() => shownCount(page).then((c) => c.month)).toBe(playedTo + 1);
		await page.keyboard.press(',');
		await page.keyboard.press(',');
		await expect.poll(() => shownCount(page).then((c) => c.month)).toBe(playedTo - 1);
		await expect.poll(() => page.url()).toMatch(new RegExp(`month=${playedTo - 1}`));

		// Into the client map: arrows pick a client, Enter opens its story, Esc closes it.
		const map = page.getByRole('application', { name: /Client map/ });
		for (let k = 0; k < 40 && !(await map.evaluate((el) => el === document.activeElement)); k++)
			await page.keyboard.press('Tab');
		await expect.poll(() => map.evaluate((el) => el === document.activeElement)).toBe(true);
		await page.keyboard.press('ArrowRight');
		await page.keyboard.press('ArrowDown');
		await expect
			.poll(() => page.locator('.agent-view .focus-line').textContent())
			.toMatch(/^Client \d+/);
		await page.keyboard.press('Enter');
		const story = page.locator('.agent-view .story');
		await expect.poll(() => story.textContent()).toMatch(/Story to month/);
		await screenshot(page, 'keyboard-story-present');
		await page.keyboard.press('Escape');
		await expect.poll(() => story.count()).toBe(0);

		// R resets: parameters back to the defaults and the whole run shown.
		await page.locator('body').evaluate((b) => (b as HTMLElement).focus());
		await page.keyboard.press('r');
		await expect.poll(() => shownCount(page).then((c) => c.month)).toBe(120);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('offline', () => {
	it('loads and runs with the network cut after one visit, served from a sub-folder', async () => {
		// Any static folder: the built site copied into /course/lab/ of a plain file server.
		const root = mkdtempSync(join(tmpdir(), 'retention-offline-'));
		cpSync(BUILD_DIR, join(root, 'course', 'lab'), { recursive: true });
		writeFileSync(join(root, 'index.html'), '<!doctype html><title>course</title>');
		const own = await startServer(root);
		const base = `${own.url}/course/lab`;
		const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
		try {
			const { page, errors } = await openPage(context, `${base}/simulator/`);
			await expect
				.poll(() => page.locator('[data-figure="profit"] dd').first().textContent())
				.toMatch(/¤/);
			// The service worker installs (caching the whole site) and takes control.
			const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
			expect(scope).toBe(`${base}/`);
			await expect
				.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 20_000 })
				.toBe(true);

			// Cut the network: the server goes away and the browser is offline.
			await own.close();
			await context.setOffline(true);

			await page.goto(`${base}/simulator/?retention=0.9&tab=clients&month=12`);
			const profit = page.locator('[data-figure="profit"] dd').first();
			await expect.poll(() => profit.textContent()).toMatch(/¤/);
			await expect
				.poll(() => shownCount(page))
				.toEqual({
					clients: simulate(withDefaults({ retention: 0.9 }), { history: false }).monthly[11]
						.activeClients,
					month: 12
				});
			// The simulation web worker (uncertainty bands over seeds) runs from the cache too.
			await expect
				.poll(() => page.locator('[data-figure="profit"]').textContent(), { timeout: 20_000 })
				.toMatch(/5–95%/);
			// It still runs: a lever moved by keyboard changes the result.
			const before = await profit.textContent();
			const slider = page.getByLabel('Retention rate', { exact: true });
			await slider.focus();
			await page.keyboard.press('ArrowLeft');
			await expect.poll(() => profit.textContent()).not.toBe(before);
			await screenshot(page, 'offline-simulator');

			// Learn pages and the handout load offline too.
			await page.goto(`${base}/learn/`);
			await expect.poll(() => page.locator('main h1').first().textContent()).toBeTruthy();
			const firstLesson = page.locator('main a[href*="learn/"]').first();
			const href = await firstLesson.getAttribute('href');
			expect(href).toBeTruthy();
			await firstLesson.click();
			await expect.poll(() => page.url()).not.toBe(`${base}/learn/`);
			await expect.poll(() => page.locator('main h1').first().textContent()).toBeTruthy();
			await page.goto(`${base}/handout/?retention=0.9`);
			await expect.poll(() => page.locator('.qr svg').count()).toBe(1);
			await screenshot(page, 'offline-learn-handout');
			expect(
				errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))
			).toEqual([]);
		} finally {
			await context.close();
			await own.close().catch(() => {});
			rmSync(root, { recursive: true, force: true });
		}
	});
});

describe('handout', () => {
	it('prints on one page with the scenario, parameters, charts and a QR code of the run', async () => {
		const context = await newContext(1100, 900);
		const query = `retention=0.85&scenario=five-percent-lever&step=2&v=${MODEL_VERSION}`;
		const { page, errors } = await openPage(context, `${site.url}/handout/?${query}`);
		await expect.poll(() => page.locator('h1').textContent()).toBe('The 5% lever');
		await expect.poll(() => page.locator('.handout canvas').count()).toBe(3);
		const qrLink = await page.locator('.url span').textContent();
		expect(qrLink).toBe(`${site.url}/simulator/?${query}`);
		expect(await page.locator('.qr path').getAttribute('d')).toMatch(/^M\d/);
		const table = (await page.locator('.params table').textContent()) ?? '';
		expect(table).toContain('Retention rate');
		expect(table).toContain('85%');
		await page.emulateMedia({ media: 'print' });
		await page.setViewportSize({ width: 720, height: 1040 });
		await page.waitForTimeout(300);
		await screenshot(page, 'handout-print');
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
		expect(pages.length).toBe(1);
		expect(errors).toEqual([]);
		await context.close();
	});
});

describe('accessibility (axe)', () => {
	const pages: [string, string][] = [
		['simulator', '/simulator/'],
		['simulator clients', '/simulator/?tab=clients&month=24'],
		['simulator scenario', '/simulator/?scenario=five-percent-lever&step=2'],
		['handout', '/handout/?retention=0.85'],
		['learn', '/learn/']
	];
	for (const present of [false, true]) {
		for (const [name, path] of pages) {
			it(`finds no serious or critical violation: ${name}${present ? ', presentation mode' : ''}`, async () => {
				const context = await newContext(1280, 900);
				const url = `${site.url}${path}${present ? (path.includes('?') ? '&' : '?') + 'present=1' : ''}`;
				const { page, errors } = await openPage(context, url);
				await page.waitForTimeout(400);
				// The clients view with a client's story open.
				if (name === 'simulator clients') await openStoryByKeyboard(page);
				expect(await axeViolations(page)).toEqual([]);
				expect(errors).toEqual([]);
				await context.close();
			});
		}
	}
	it('finds no serious or critical violation in the help overlay', async () => {
		const context = await newContext(1280, 900);
		const { page, errors } = await openPage(context, `${site.url}/simulator/?present=1`);
		await page.keyboard.press('?');
		await expect.poll(() => page.getByRole('dialog').isVisible()).toBe(true);
		expect(await axeViolations(page)).toEqual([]);
		expect(errors).toEqual([]);
		await context.close();
	});
});
