// End-to-end checks of the learning path in Chromium: crawl from /learn/, links resolve, live figures respond, axe finds nothing serious.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BUILD_DIR, launchBrowser, openPage, screenshot, startServer } from './harness';

const require = createRequire(import.meta.url);
const AXE = join(require.resolve('axe-core'), '..', 'axe.min.js');

let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let desktop: BrowserContext;
let phone: BrowserContext;

/** Pages found by the crawl, in the order visited, with the links each one carries. */
const pages = new Map<string, { links: string[]; tries: string[]; figures: number }>();

/** True when the built site has a page for this path (as a static host would serve it). */
function builtPage(pathname: string): boolean {
	const rel = decodeURIComponent(pathname).replace(/^\//, '');
	if (rel === '' || rel.endsWith('/')) return existsSync(join(BUILD_DIR, rel, 'index.html'));
	return existsSync(join(BUILD_DIR, rel)) || existsSync(join(BUILD_DIR, `${rel}.html`));
}

async function linksOf(page: Page): Promise<{ links: string[]; tries: string[] }> {
	return page.evaluate(() => ({
		links: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
		tries: [...document.querySelectorAll<HTMLAnchorElement>('a[data-try]')].map((a) => a.href)
	}));
}

beforeAll(async () => {
	server = await startServer();
	browser = await launchBrowser();
	desktop = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });

	// Crawl every page under /learn/ reachable from the contents page.
	const queue = [`${server.url}/learn/`];
	while (queue.length) {
		const url = queue.shift()!;
		const key = new URL(url).pathname;
		if (pages.has(key)) continue;
		const { page, errors } = await openPage(desktop, url);
		expect(errors, `console errors on ${key}`).toEqual([]);
		const { links, tries } = await linksOf(page);
		const figures = await page.locator('[data-figure]').count();
		pages.set(key, { links, tries, figures });
		for (const href of links) {
			const u = new URL(href);
			if (u.origin === server.url && u.pathname.startsWith('/learn/') && !pages.has(u.pathname)) {
				queue.push(`${u.origin}${u.pathname}`);
			}
		}
		await page.close();
	}
}, 300_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('learning path (built site, Chromium)', () => {
	it('crawls the contents page, eleven path pages and the glossary', () => {
		const paths = [...pages.keys()];
		expect(paths).toContain('/learn/');
		expect(paths).toContain('/learn/glossary/');
		expect(paths).toContain('/learn/model/');
		expect(paths).toContain('/learn/sources/');
		expect(paths.length).toBeGreaterThanOrEqual(13);
	});

	it('every internal link on every page resolves to a built page', () => {
		const broken: string[] = [];
		for (const [from, { links }] of pages) {
			for (const href of links) {
				const u = new URL(href);
				if (u.origin !== server.url) continue;
				if (!builtPage(u.pathname)) broken.push(`${from} → ${u.pathname}`);
			}
		}
		expect(broken).toEqual([]);
	});

	it('every concept page has a live figure, a try-it link into the simulator and a link to the model doc', () => {
		const concept = [...pages].filter(([, p]) => p.figures > 0);
		expect(concept.length).toBe(9);
		for (const [path, p] of concept) {
			expect(p.tries.length, path).toBeGreaterThan(0);
			expect(
				p.links.some((l) => new URL(l).pathname === '/learn/model/'),
				path
			).toBe(true);
			for (const t of p.tries) {
				const u = new URL(t);
				expect(u.pathname, t).toBe('/simulator/');
				expect(u.search.length, t).toBeGreaterThan(1);
			}
		}
	});

	it('every try-it link opens the simulator without errors', { timeout: 300_000 }, async () => {
		const tries = new Set([...pages.values()].flatMap((p) => p.tries));
		const problems: string[] = [];
		for (const href of tries) {
			const u = new URL(href);
			if (!builtPage(u.pathname)) {
				problems.push(`${u.pathname}${u.search}: no such page`);
				continue;
			}
			const { page, errors } = await openPage(desktop, href);
			for (const e of errors) problems.push(`${u.pathname}${u.search}: ${e}`);
			await page.close();
		}
		expect(problems).toEqual([]);
	});

	it('each live figure responds to its controls', { timeout: 300_000 }, async () => {
		for (const [path, p] of pages) {
			if (!p.figures) continue;
			const { page, errors } = await openPage(desktop, `${server.url}${path}`);
			const figures = page.locator('[data-figure]');
			for (let f = 0; f < p.figures; f++) {
				const figure = figures.nth(f);
				const name = await figure.getAttribute('data-figure');
				const readout = figure.locator('[data-readout]');
				const sliders = figure.locator('input[type="range"]');
				expect(await sliders.count(), `${path} ${name}`).toBeGreaterThan(0);
				for (let s = 0; s < (await sliders.count()); s++) {
					const slider = sliders.nth(s);
					const before = await readout.textContent();
					const valueBefore = await slider.inputValue();
					await slider.focus();
					const max = await slider.getAttribute('max');
					// Move towards whichever end is further away, a few steps, by keyboard.
					const key = valueBefore === max ? 'ArrowLeft' : 'ArrowRight';
					for (let k = 0; k < 3; k++) await slider.press(key);
					expect(await slider.inputValue(), `${path} ${name} slider ${s}`).not.toBe(valueBefore);
					await expect
						.poll(() => readout.textContent(), {
							timeout: 5000,
							message: `${path} ${name} slider ${s}`
						})
						.not.toBe(before);
				}
				// The chart's canvas was drawn (chart.js sized it).
				const drawn = await figure
					.locator('canvas')
					.first()
					.evaluate((c: HTMLCanvasElement) => c.width > 0);
				expect(drawn, `${path} ${name}`).toBe(true);
			}
			expect(errors, path).toEqual([]);
			await page.close();
		}
	});

	it('a slider move redraws quickly', async () => {
		const { page } = await openPage(desktop, `${server.url}/learn/why-retention-pays/`);
		const figure = page.locator('[data-figure="retention-profit"]');
		const slider = figure.locator('input[type="range"]').first();
		const readout = figure.locator('[data-readout]');
		const before = await readout.textContent();
		const ms = await slider.evaluate(async (el: HTMLInputElement, text) => {
			const out = el.closest('[data-figure]')!.querySelector('[data-readout]')!;
			const t0 = performance.now();
			el.value = String(Number(el.value) + 0.05);
			el.dispatchEvent(new Event('input', { bubbles: true }));
			while (out.textContent === text) await new Promise((r) => requestAnimationFrame(r));
			return performance.now() - t0;
		}, before);
		expect(ms).toBeLessThan(250);
		await page.close();
	});

	it('axe finds no serious or critical violation on any page', { timeout: 300_000 }, async () => {
		const found: string[] = [];
		for (const path of [...pages.keys(), '/']) {
			const { page } = await openPage(desktop, `${server.url}${path}`);
			await page.addScriptTag({ path: AXE });
			const violations = await page.evaluate(async () => {
				const axe = (
					window as unknown as {
						axe: {
							run: (...a: unknown[]) => Promise<{
								violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
							}>;
						};
					}
				).axe;
				const r = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] });
				return r.violations.map((v) => ({
					id: v.id,
					impact: v.impact,
					nodes: v.nodes.map((n) => n.target.join(' '))
				}));
			});
			for (const v of violations) {
				if (v.impact === 'serious' || v.impact === 'critical') {
					found.push(`${path}: ${v.id} (${v.impact}) at ${v.nodes.slice(0, 3).join(', ')}`);
				}
			}
			await page.close();
		}
		expect(found).toEqual([]);
	});

	it('saves screenshots of every page, desktop and phone', { timeout: 300_000 }, async () => {
		for (const path of [...pages.keys(), '/']) {
			const name = path === '/' ? 'home' : path.replace(/^\/|\/$/g, '').replace(/\//g, '-');
			for (const [context, size] of [
				[desktop, 'desktop'],
				[phone, 'phone']
			] as const) {
				const { page, errors } = await openPage(context, `${server.url}${path}`);
				await page.evaluate(() => document.fonts.ready);
				const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
				const viewport = page.viewportSize()!.width;
				expect(scrollWidth, `${path} overflows at ${size}`).toBeLessThanOrEqual(viewport + 1);
				await screenshot(page, `${name}-${size}`);
				expect(errors, path).toEqual([]);
				await page.close();
			}
		}
	});
});
