// The record of every agent (what a run's result shows), stored as a struct of typed arrays that grows as agents arrive.

/** Where an agent stands in the funnel. */
export const STAGE = { potential: 0, target: 1, current: 2, lost: 3 } as const;
export type Stage = (typeof STAGE)[keyof typeof STAGE];
export const STAGE_NAMES = ['potential', 'target', 'current', 'lost'] as const;

/** How an agent came to the broker. */
export const ORIGIN = { initial: 0, prospected: 1, referred: 2 } as const;
export const ORIGIN_NAMES = ['starting client', 'prospected', 'referred'] as const;

/** Why a client left. */
export const REASON = { none: 0, competitor: 1, dissatisfied: 2, shock: 3 } as const;
export const REASON_NAMES = ['—', 'won by a competitor', 'dissatisfied', 'market shock'] as const;

/**
 * Every agent's record; index i is agent i. A current client's working state (trust, satisfaction, cached
 * rates) lives in the client book (book.ts) while it is a client; level and products are kept here too.
 */
export class Population {
	/** Number of agents in use. */
	size = 0;
	/** Stable identity from which the agent's random draws are made (see rng.ts). */
	key = new Uint32Array(0);
	/** Funnel stage (STAGE). */
	stage = new Uint8Array(0);
	/** Relationship level 0–3 while current (levels.ts). */
	level = new Uint8Array(0);
	/** Products held (1–6). */
	products = new Uint8Array(0);
	/** How the agent came (ORIGIN). */
	origin = new Uint8Array(0);
	/** Why it left (REASON). */
	reason = new Uint8Array(0);
	/** Base value, ¤ per month, for a transactional one-product client of no tenure (0 for a target who never joined). */
	value = new Float32Array(0);
	/** Month the agent became current (negative for starting clients with tenure); −32768 if never. */
	joined = new Int16Array(0);
	/** Month the agent left; −1 while not lost. */
	left = new Int16Array(0);
	/** Month the agent became a target. */
	targeted = new Int16Array(0);
	/** Agent that referred this one, or −1. */
	referrer = new Int32Array(0);

	constructor(capacity: number) {
		this.grow(Math.max(16, capacity));
	}

	/** Makes room for at least `capacity` agents, keeping every value. */
	grow(capacity: number): void {
		if (capacity <= this.key.length) return;
		const copy = <T extends { length: number; set(a: T): void }>(
			old: T,
			make: (n: number) => T
		) => {
			const next = make(capacity);
			next.set(old);
			return next;
		};
		this.key = copy(this.key, (n) => new Uint32Array(n));
		this.stage = copy(this.stage, (n) => new Uint8Array(n));
		this.level = copy(this.level, (n) => new Uint8Array(n));
		this.products = copy(this.products, (n) => new Uint8Array(n));
		this.origin = copy(this.origin, (n) => new Uint8Array(n));
		this.reason = copy(this.reason, (n) => new Uint8Array(n));
		this.value = copy(this.value, (n) => new Float32Array(n));
		this.joined = copy(this.joined, (n) => new Int16Array(n));
		this.left = copy(this.left, (n) => new Int16Array(n));
		this.targeted = copy(this.targeted, (n) => new Int16Array(n));
		this.referrer = copy(this.referrer, (n) => new Int32Array(n));
	}

	/** Adds one agent and returns its index; its attributes are set by the caller. */
	add(): number {
		if (this.size === this.key.length) this.grow(this.size * 2);
		const i = this.size++;
		this.joined[i] = -32768;
		this.left[i] = -1;
		this.referrer[i] = -1;
		this.products[i] = 1;
		return i;
	}
}

/** A dense, unordered list of agent indices with O(1) add and remove (used for current clients and targets). */
export class IndexList {
	items: Int32Array;
	length = 0;
	constructor(capacity: number) {
		this.items = new Int32Array(Math.max(16, capacity));
	}
	push(i: number): void {
		if (this.length === this.items.length) {
			const next = new Int32Array(this.items.length * 2);
			next.set(this.items);
			this.items = next;
		}
		this.items[this.length++] = i;
	}
	/** Removes the entry at position p by moving the last entry into it. */
	removeAt(p: number): void {
		this.items[p] = this.items[--this.length];
	}
}
