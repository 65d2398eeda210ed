// Types of the Markdown prose modules in content/ (compiled by mdsvex): a component and its frontmatter.
declare module '$content/*.md' {
	import type { Component } from 'svelte';
	const component: Component;
	export default component;
	export const metadata: Record<string, unknown>;
}
