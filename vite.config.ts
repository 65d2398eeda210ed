// Vite configuration: the SvelteKit plugin, markdown frontmatter imports, and the two vitest projects (unit, end-to-end).
import { readFile } from 'node:fs/promises';
import { sveltekit } from '@sveltejs/kit/vite';
import { compile } from 'mdsvex';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * `file.md?frontmatter` imports only a markdown file's frontmatter, as its default export, without the
 * prose: the simulator page lists every scenario but loads a scenario's story only when it opens.
 */
function frontmatter(): Plugin {
	const query = '?frontmatter';
	const prefix = '\0frontmatter:';
	return {
		name: 'retention-lab:frontmatter',
		enforce: 'pre',
		async resolveId(source, importer) {
			if (!source.endsWith(`.md${query}`)) return null;
			const file = await this.resolve(source.slice(0, -query.length), importer, { skipSelf: true });
			// Ends in .js, so that the markdown plugins leave the module alone.
			return file ? `${prefix}${file.id}.js` : null;
		},
		async load(id) {
			if (!id.startsWith(prefix)) return null;
			const file = id.slice(prefix.length, -'.js'.length);
			this.addWatchFile(file);
			const out = await compile(await readFile(file, 'utf8'), {});
			return `export default ${JSON.stringify(out?.data?.fm ?? null)};`;
		}
	};
}

export default defineConfig({
	plugins: [frontmatter(), sveltekit()],
	server: { fs: { allow: ['content'] } },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					include: ['test/**/*.test.ts'],
					exclude: ['test/e2e/**'],
					environment: 'node'
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					include: ['test/e2e/**/*.test.ts'],
					environment: 'node',
					testTimeout: 120_000,
					hookTimeout: 120_000,
					fileParallelism: false
				}
			}
		]
	}
});
