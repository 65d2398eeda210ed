// Loads one page of the learning path: its compiled content (its own small chunk) and its place in the path.
import { error } from '@sveltejs/kit';
import type { Component } from 'svelte';
import { isPathFile, slugOf } from '$lib/learn/slugs';
import type { EntryGenerator, PageLoad } from './$types';

const modules = import.meta.glob<{ default: Component }>([
	'/content/learn/*.md',
	'/content/model.md'
]);
const files = new Map(
	Object.keys(modules)
		.filter(isPathFile)
		.map((file) => [slugOf(file), file])
);

export const entries: EntryGenerator = () => [...files.keys()].map((slug) => ({ slug }));

export const load: PageLoad = async ({ params, parent }) => {
	const file = files.get(params.slug);
	if (!file) error(404, `No page "${params.slug}" in the learning path`);
	const [{ path }, mod] = await Promise.all([parent(), modules[file]()]);
	const at = path.findIndex((p) => p.slug === params.slug);
	return {
		content: mod.default,
		entry: path[at],
		prev: path[at - 1],
		next: path[at + 1]
	};
};
