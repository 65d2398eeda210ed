// End-to-end harness: serves the built site on 127.0.0.1 and drives Debian's Chromium with playwright-core.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const BUILD_DIR = resolve('build');
export const SHOTS_DIR = resolve('test-results/screenshots');

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain'
};

/** A plain static file server over build/, as any static host (or a USB stick's folder) would serve it. */
export async function startServer(
	root = BUILD_DIR
): Promise<{ url: string; close: () => Promise<void> }> {
	if (!existsSync(join(root, 'index.html')))
		throw new Error(`No built site in ${root}: run "npm run build" first.`);
	const server: Server = createServer(async (req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let file = normalize(join(root, path));
		if (!file.startsWith(root)) return void res.writeHead(403).end();
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
		} catch {
			if (existsSync(`${file}.html`)) file = `${file}.html`;
		}
		try {
			const body = await readFile(file);
			res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
			res.end(body);
		} catch {
			res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
		}
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise<void>((ok) => server.close(() => ok()))
	};
}

/** Debian's Chromium, headless, with the flags this offline machine needs. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
}

/** A page that records console errors and uncaught exceptions, so a test can fail on any of them. */
export async function openPage(
	context: BrowserContext,
	url: string
): Promise<{ page: Page; errors: string[] }> {
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('console', (msg) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (err) => errors.push(String(err)));
	await page.goto(url, { waitUntil: 'networkidle' });
	return { page, errors };
}

/** Saves a screenshot under test-results/screenshots/ and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
	const path = join(SHOTS_DIR, `${name}.png`);
	await page.screenshot({ path, fullPage: true });
	return path;
}

/** The built site served and a browser launched for a test file (started before its tests, closed after). */
export function useSite(): { readonly url: string; readonly browser: Browser } {
	let server: Awaited<ReturnType<typeof startServer>> | undefined;
	let browser: Browser | undefined;
	beforeAll(async () => {
		server = await startServer();
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
		await server?.close();
	});
	return {
		get url() {
			if (!server) throw new Error('The site is not served yet (use it inside a test).');
			return server.url;
		},
		get browser() {
			if (!browser) throw new Error('The browser is not launched yet (use it inside a test).');
			return browser;
		}
	};
}
