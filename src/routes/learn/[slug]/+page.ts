// Loads one page of the learning path: its compiled content (its own small chunk) and its place in the path.
import { error } from '@sveltejs/kit';
import type { Component } from 'svelte';
import { isPathFile, MODEL_FILE, slugOf } from '$lib/learn/slugs';
import ModelPending from '$lib/learn/ModelPending.svelte';
import type { EntryGenerator, PageLoad } from './$types';

const modules = import.meta.glob<{ default: Component }>([
	'/content/learn/*.md',
	'/content/model.md'
]);
/** Page 10 while content/model.md is missing from the build. */
const pending = async () => ({ default: ModelPending as Component });
const files = new Map(
	[...Object.keys(modules), MODEL_FILE].filter(isPathFile).map((file) => [slugOf(file), file])
);

export const entries: EntryGenerator = () => [...files.keys()].map((slug) => ({ slug }));

export const load: PageLoad = async ({ params, parent }) => {
	const file = files.get(params.slug);
	if (!file) error(404, `No page "${params.slug}" in the learning path`);
	const [{ path }, mod] = await Promise.all([parent(), (modules[file] ?? pending)()]);
	const at = path.findIndex((p) => p.slug === params.slug);
	return {
		content: mod.default,
		entry: path[at],
		prev: path[at - 1],
		next: path[at + 1]
	};
};
