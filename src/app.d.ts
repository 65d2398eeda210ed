// Ambient types for SvelteKit and for the mdsvex prose modules in content/.
declare global {
	namespace App {}
}

declare module '*.md' {
	import type { Component } from 'svelte';
	const component: Component;
	export default component;
	export const metadata: Record<string, unknown>;
}

export {};
