// Types for seedrandom's Alea generator imported on its own (the package's types cover only its index).
declare module 'seedrandom/lib/alea' {
	/** Alea seeded from a string: a function returning uniform numbers in [0, 1). */
	export default function alea(seed?: string): () => number;
}
