// The offline service worker: on install it caches the whole built site (code, static files, every prerendered page), then serves from that cache first, so after one visit the site works with no network, from whatever folder it is served.
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
import { base, build, files, prerendered, version } from '$service-worker';

const sw = globalThis.self as unknown as ServiceWorkerGlobalScope;

/** One cache per deployment: a new build gets a fresh cache and the old one is dropped once unused. */
const CACHE = `retention-lab-${version}`;

/**
 * Everything the site needs. `base` is worked out from where this worker is served, so the same build
 * works at the root of a host or from any sub-folder (a USB stick, a course site's folder).
 */
const ASSETS = [...build, ...files];
const PAGES = prerendered.length ? prerendered : [`${base}/`];

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(CACHE);
			// Code and static files must all be there; a page that fails to fetch is skipped, not fatal.
			await cache.addAll(ASSETS);
			await Promise.allSettled(PAGES.map((p) => cache.add(p)));
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key !== CACHE && key.startsWith('retention-lab-')) await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

/** A prerendered page's cached copy, whatever query a shared link adds, with or without the trailing slash. */
async function cachedPage(cache: Cache, url: URL): Promise<Response | undefined> {
	const hit = await cache.match(url.pathname, { ignoreSearch: true });
	if (hit) return hit;
	if (!url.pathname.endsWith('/')) return cache.match(`${url.pathname}/`, { ignoreSearch: true });
	return cache.match(`${url.pathname}index.html`, { ignoreSearch: true });
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin || !url.pathname.startsWith(`${base}/`)) return;

	event.respondWith(
		(async () => {
			const cache = await caches.open(CACHE);
			// Cache first: the built site is immutable per deployment (a new build installs a new worker).
			const hit =
				request.mode === 'navigate'
					? await cachedPage(cache, url)
					: await cache.match(request, { ignoreSearch: true });
			if (hit) return hit;
			try {
				const response = await fetch(request);
				if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
				return response;
			} catch (error) {
				// Offline and not cached: for a page, fall back to the home page rather than the browser's error.
				if (request.mode === 'navigate') {
					const home = await cache.match(`${base}/`);
					if (home) return home;
				}
				throw error;
			}
		})()
	);
});
