// The run's randomness: one seedrandom generator made from the seed, and per-client draws keyed from it.
// Alea alone (seedrandom's index would bundle every generator it has): the same function as seedrandom.alea.
import alea from 'seedrandom/lib/alea';

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** The run's one generator: seedrandom's Alea, made from the run's seed. */
export function makeRng(seed: number): Rng {
	return alea(`retention-lab:${seed}`);
}

/** Murmur3's 32-bit finaliser: mixes the bits of a 32-bit integer. */
export function mix32(x: number): number {
	x ^= x >>> 16;
	x = Math.imul(x, 0x85ebca6b);
	x ^= x >>> 13;
	x = Math.imul(x, 0xc2b2ae35);
	x ^= x >>> 16;
	return x >>> 0;
}

const INV_2_32 = 1 / 4294967296;

/**
 * A client's uniform draw for one month and purpose. Every client carries a key drawn (via mix32)
 * from the run's generator; its draws depend only on that key, the month and the purpose, so two runs
 * with the same seed give the same client the same draws whatever the levers (common random numbers).
 */
export function draw(clientKey: number, month: number, purpose: number): number {
	return mix32(clientKey ^ drawKey(month, purpose)) * INV_2_32;
}

/** The month-and-purpose half of a draw, to work out once for a loop over many clients. */
export function drawKey(month: number, purpose: number): number {
	return Math.imul(month + 1, 0x9e3779b1) ^ Math.imul(purpose + 1, 0x27d4eb2f);
}

/** The same number as draw(clientKey, month, purpose), given drawKey(month, purpose). */
export function drawWith(clientKey: number, key: number): number {
	return mix32(clientKey ^ key) * INV_2_32;
}

/** A client key: a stable identity derived from the run key, where the client came from, and an index. */
export function clientKey(runKey: number, origin: number, a: number, b = 0): number {
	return mix32(
		mix32(runKey ^ Math.imul(origin + 1, 0x165667b1)) ^
			Math.imul(a + 1, 0x9e3779b1) ^
			Math.imul(b + 1, 0x85ebca77)
	);
}
