// The JavaScript the simulator page loads, read from build/: the HTML's scripts and preloads, their static imports, and the worker.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageScripts {
	/** Files (relative to build/) and their gzipped sizes in bytes. */
	files: { file: string; bytes: number; gzip: number }[];
	gzipTotal: number;
	bytesTotal: number;
}

/** Static imports and worker URLs in a built module (Vite's output: relative specifiers). */
function references(code: string): string[] {
	const out: string[] = [];
	const patterns = [
		/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g,
		/export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+\.js)["']/g,
		/new URL\(\s*["'`]([^"'`]+\.js)["'`]\s*,\s*import\.meta\.url\s*\)/g
	];
	for (const re of patterns) for (const m of code.matchAll(re)) out.push(m[1]);
	return out;
}

/**
 * Every script the page at `page` (e.g. "simulator/index.html") loads before any click: the module preloads
 * and imports in its HTML, everything those import statically, and the Web Worker they start.
 */
export function pageScripts(buildDir: string, page: string): PageScripts {
	const html = readFileSync(join(buildDir, page), 'utf8');
	const base = dirname(join(buildDir, page));
	const queue: string[] = [];
	for (const m of html.matchAll(/(?:href|src)="([^"]+\.js)"/g))
		queue.push(normalize(join(base, m[1])));
	for (const m of html.matchAll(/import\(\s*"([^"]+\.js)"\s*\)/g))
		queue.push(normalize(join(base, m[1])));
	const seen = new Set<string>();
	const files: PageScripts['files'] = [];
	while (queue.length) {
		const file = queue.shift()!;
		if (seen.has(file) || !existsSync(file)) continue;
		seen.add(file);
		const code = readFileSync(file);
		files.push({ file: relative(buildDir, file), bytes: code.length, gzip: gzipSync(code).length });
		const text = code.toString('utf8');
		for (const ref of references(text)) queue.push(normalize(join(dirname(file), ref)));
		// SvelteKit's client also loads the root error page's node (nodes[1]) as it starts.
		if (/[\\/]entry[\\/]app\.[^\\/]+\.js$/.test(file)) {
			const error = /["'`](\.\.\/nodes\/1\.[\w-]+\.js)["'`]/.exec(text);
			if (error) queue.push(normalize(join(dirname(file), error[1])));
		}
	}
	return {
		files,
		gzipTotal: files.reduce((s, f) => s + f.gzip, 0),
		bytesTotal: files.reduce((s, f) => s + f.bytes, 0)
	};
}
