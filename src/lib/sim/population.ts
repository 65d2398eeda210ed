// The client agents, stored as a struct of typed arrays (one array per attribute) that grows as clients arrive.

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

/** Every attribute of every agent; index i is agent i. */
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
	/** Base value, ¤ per month, for a transactional one-product client of no tenure. */
	value = new Float32Array(0);
	/** The client's own taste: how much better (+) or worse (−) than average it finds the service, 0–10 scale points. */
	taste = new Float32Array(0);
	/** Trust and commitment built up, 0–1, as it stood at the start of month `trustFrom` (trust.ts works out later months). */
	trust = new Float64Array(0);
	/** Month from whose start `trust` holds. */
	trustFrom = new Int16Array(0);
	/** 1 while trust grows (above transactional and satisfied), 0 while it fades. */
	trustGrows = new Uint8Array(0);
	/** Month the agent became current (negative for starting clients with tenure); −32768 if never. */
	joined = new Int16Array(0);
	/** Month the agent left; −1 while not lost. */
	left = new Int16Array(0);
	/** Month the agent became a target. */
	targeted = new Int16Array(0);
	/** Agent that referred this one, or −1. */
	referrer = new Int32Array(0);
	/** Cached: monthly revenue before tenure growth (value × level factor × product factor). */
	revenue = new Float32Array(0);
	/** Cached: churn multiplier of level, products and satisfaction. */
	churnMult = new Float32Array(0);
	/** Cached: satisfaction gap (perceived − expected service), 0–10 scale points. */
	gap = new Float32Array(0);
	/** Cached: churn multiplier of that gap (rates.ts). */
	satisfaction = new Float64Array(0);
	/** Cached: weight of this client in the broker's relationship effort (value focus). */
	weight = new Float32Array(0);

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
		this.taste = copy(this.taste, (n) => new Float32Array(n));
		this.trust = copy(this.trust, (n) => new Float64Array(n));
		this.trustFrom = copy(this.trustFrom, (n) => new Int16Array(n));
		this.trustGrows = copy(this.trustGrows, (n) => new Uint8Array(n));
		this.joined = copy(this.joined, (n) => new Int16Array(n));
		this.left = copy(this.left, (n) => new Int16Array(n));
		this.targeted = copy(this.targeted, (n) => new Int16Array(n));
		this.referrer = copy(this.referrer, (n) => new Int32Array(n));
		this.revenue = copy(this.revenue, (n) => new Float32Array(n));
		this.churnMult = copy(this.churnMult, (n) => new Float32Array(n));
		this.gap = copy(this.gap, (n) => new Float32Array(n));
		this.satisfaction = copy(this.satisfaction, (n) => new Float64Array(n));
		this.weight = copy(this.weight, (n) => new Float32Array(n));
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
