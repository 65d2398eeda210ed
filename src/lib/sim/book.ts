// The current clients as a dense, order-free list: each one's agent, draw key, the limits its monthly draw is tested against, and its working state.

/**
 * A client's monthly draw is a 32-bit hash h (rng.ts). Its top three bits pick one of eight slots of 1/8 each
 * (slots 0–3 are the churn zone u < ½, slots 4–7 the four event slices of model.ts) and the other 29 bits give
 * the position inside the slot.
 */
export const SLOT_SHIFT = 29;
/** The position of a draw inside its slot: h & POSITION_MASK, 0 … 2²⁹ − 1. */
export const POSITION_MASK = 0x1fffffff;
/** Positions per slot (2²⁹). */
export const SLOT_SIZE = 0x20000000;
/** Limits are kept in steps of 2¹⁴ positions (so one fits in 16 bits): a draw may bring an event when its position ÷ 2¹⁴ is below the limit. */
export const LIMIT_SHIFT = 14;
/** The largest limit: every position of the slot may bring an event. */
export const LIMIT_MAX = SLOT_SIZE >>> LIMIT_SHIFT;
/** The churn zone: draws u = h / 2³² below it (slots 0–3), where a client may leave; its hazard is capped there. */
export const CHURN_ZONE = 0.5;

/**
 * A current client's working state: STATE numbers per client (position k × STATE + field), kept side by side
 * so that deciding one client's event reads one or two cache lines instead of one line per attribute. Values
 * the model once held in 32-bit arrays are stored already rounded to 32 bits (Math.fround), so every sum comes
 * out as it did. The agent record (population.ts) keeps what a run's result shows.
 */
export const STATE = 14;
/** Relationship level 0–3 (levels.ts). */
export const S_LEVEL = 0;
/** Products held, 1–6. */
export const S_PRODUCTS = 1;
/** Month the client joined (negative for starting clients with tenure). */
export const S_JOINED = 2;
/** Trust and commitment, 0–1, as it stood at the start of month S_TRUST_FROM (trust.ts works out later months). */
export const S_TRUST = 3;
/** Month from whose start S_TRUST holds. */
export const S_TRUST_FROM = 4;
/** 1 while trust grows (above transactional and satisfied), 0 while it fades. */
export const S_GROWS = 5;
/** Churn multiplier of level, products and satisfaction (32-bit). */
export const S_CHURN = 6;
/** Churn multiplier of the satisfaction gap (rates.ts). */
export const S_SATISFACTION = 7;
/** Weight of the client in the broker's relationship effort (value focus), 0.25–4 (32-bit). */
export const S_WEIGHT = 8;
/** Satisfaction gap: perceived − expected service, 0–10 scale points (32-bit). */
export const S_GAP = 9;
/** Base value, ¤ per month, of a transactional one-product client of no tenure (32-bit). */
export const S_VALUE = 10;
/** The client's own taste for the service, scale points (32-bit). */
export const S_TASTE = 11;
/** Monthly revenue before tenure growth, ¤: value × level factor × product factor (32-bit). */
export const S_REVENUE = 12;
/** The same revenue in the ledger's whole units of 2⁻¹⁶ ¤ (ledger.ts). */
export const S_UNITS = 13;

/**
 * Current clients, stored by position k (0 … length − 1) rather than by agent, so that the monthly pass reads
 * three arrays front to back. Removing a client moves the last one into its place.
 */
export class ClientBook {
	/** Number of current clients. */
	length = 0;
	/** Agent index of the client at position k. */
	agent: Int32Array;
	/** That agent's draw key (rng.ts), copied here so the monthly pass reads it in order. */
	key: Uint32Array;
	/**
	 * Eight limits per client (position k × 8 + slot): a draw whose position in slot s, in steps of 2¹⁴, is at
	 * or above limit[k × 8 + s] has surely no event this month; one below it may have one, and the model then
	 * decides.
	 * Set by the model whenever the client's level, products or satisfaction change.
	 */
	limit: Uint16Array;
	/** Working state of the client at position k: state[k × STATE + S_…] (the fields above). */
	state: Float64Array;

	constructor(capacity: number) {
		const n = Math.max(16, capacity);
		this.agent = new Int32Array(n);
		this.key = new Uint32Array(n);
		this.limit = new Uint16Array(n * 8);
		this.state = new Float64Array(n * STATE);
	}

	/** Adds agent i with draw key `key` at the end and returns its position (state and limits to be set by the caller). */
	push(i: number, key: number): number {
		if (this.length === this.agent.length) {
			const grow = <T extends Int32Array | Uint32Array | Uint16Array | Float64Array>(
				a: T,
				make: (n: number) => T
			): T => {
				const next = make(a.length * 2);
				next.set(a);
				return next;
			};
			this.agent = grow(this.agent, (n) => new Int32Array(n));
			this.key = grow(this.key, (n) => new Uint32Array(n));
			this.limit = grow(this.limit, (n) => new Uint16Array(n));
			this.state = grow(this.state, (n) => new Float64Array(n));
		}
		const k = this.length++;
		this.agent[k] = i;
		this.key[k] = key;
		return k;
	}

	/** The month's pass over every current client (see scanDraws). */
	scan(monthKey: number, hits: Int32Array, hitDraws: Uint32Array): number {
		return scanDraws(this.key, this.limit, this.length, monthKey, hits, hitDraws);
	}

	/** What touch() read (kept so the reads are not optimised away). */
	touched = 0;

	/**
	 * Reads the working state of the clients at the first n positions in `hits` once, in a loop that does
	 * nothing else. Their records lie far apart, so each read waits on memory; here the processor overlaps
	 * those waits, where deciding them one by one would wait for each in turn. Changes nothing.
	 */
	touch(hits: Int32Array, n: number): void {
		const st = this.state;
		let sum = 0;
		for (let j = 0; j < n; j++) {
			const o = hits[j] * STATE;
			sum += st[o] + st[o + STATE - 1];
		}
		this.touched = sum;
	}

	/** Removes the client at position k by moving the last client into it. */
	removeAt(k: number): void {
		const last = --this.length;
		if (k === last) return;
		this.agent[k] = this.agent[last];
		this.key[k] = this.key[last];
		const limit = this.limit;
		for (let s = 0; s < 8; s++) limit[k * 8 + s] = limit[last * 8 + s];
		const state = this.state;
		const to = k * STATE;
		const from = last * STATE;
		for (let f = 0; f < STATE; f++) state[to + f] = state[from + f];
	}
}

/**
 * The month's pass over `length` clients: draws each one's number (mix32 of its key and the month's key, as
 * rng.ts's drawWith, written out here so the loop stays small) and notes in `hits` and `hitDraws` the
 * positions, highest first, and draws of those whose position in the slot is below their limit. Returns how
 * many it noted; the arrays must hold `length` entries.
 */
export function scanDraws(
	key: Uint32Array,
	limit: Uint16Array,
	length: number,
	monthKey: number,
	hits: Int32Array,
	hitDraws: Uint32Array
): number {
	// The constants as locals: in the loop, a module-level const is a slot read, a local is a register.
	const mask = POSITION_MASK;
	const shift = LIMIT_SHIFT;
	const slotShift = SLOT_SHIFT;
	let n = 0;
	for (let k = length - 1; k >= 0; k--) {
		let h = key[k] ^ monthKey;
		h ^= h >>> 16;
		h = Math.imul(h, 0x85ebca6b);
		h ^= h >>> 13;
		h = Math.imul(h, 0xc2b2ae35);
		h ^= h >>> 16;
		if ((h & mask) >>> shift < limit[(k << 3) | (h >>> slotShift)]) {
			hits[n] = k;
			hitDraws[n++] = h;
		}
	}
	return n;
}
