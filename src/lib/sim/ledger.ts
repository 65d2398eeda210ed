// Running totals of the current clients (by joining month and level), from which each month's revenue and costs are read.

/**
 * Revenue is kept in whole units of 2⁻¹⁶ ¤ (a client's monthly revenue before tenure growth, rounded), so
 * the totals are exact integers: they come out the same whatever order clients arrive, change and leave in.
 */
const UNITS_PER_CURRENCY = 65536;
const CURRENCY_PER_UNIT = 1 / UNITS_PER_CURRENCY;

/** A client's revenue before tenure growth in whole ledger units. */
export function revenueUnits(revenue: number): number {
	return Math.round(revenue * UNITS_PER_CURRENCY);
}

/**
 * What the current clients add up to. Clients are added when they join (or start the run) and removed when
 * they leave; a change of level or products is a removal of the old figures and an addition of the new.
 */
export class Ledger {
	/** Current clients by level (transactional, preferred, partnership, alliance). */
	readonly count = new Int32Array(4);
	/** Current clients whose perceived service meets their expectation. */
	satisfied = 0;
	/** Products held by all current clients. */
	products = 0;
	/** Revenue units by joining month and level: index (joined − firstMonth) × 4 + level. */
	private readonly units: Float64Array;
	/** Earliest joining month a client can have (starting clients joined before month 0). */
	private readonly firstMonth: number;
	/** Joining months from firstMonth that hold a client, up to this bound (exclusive, as an index). */
	private used = 0;

	constructor(firstMonth: number, lastMonth: number) {
		this.firstMonth = firstMonth;
		this.units = new Float64Array((lastMonth - firstMonth + 1) * 4);
	}

	/** Adds (sign +1) or removes (sign −1) a client's figures. */
	book(
		sign: 1 | -1,
		joined: number,
		level: number,
		units: number,
		good: boolean,
		products: number
	): void {
		const j = joined - this.firstMonth;
		this.units[j * 4 + level] += sign * units;
		if (j >= this.used) this.used = j + 1;
		this.count[level] += sign;
		if (good) this.satisfied += sign;
		this.products += sign * products;
	}

	/**
	 * Revenue current clients pay in `month`, by level, ¤: each joining month's units × the growth of that
	 * tenure (growth[t] for tenure t months).
	 */
	revenueByLevel(month: number, growth: Float64Array): [number, number, number, number] {
		const u = this.units;
		const tenure0 = month - this.firstMonth;
		let r0 = 0;
		let r1 = 0;
		let r2 = 0;
		let r3 = 0;
		for (let j = 0; j < this.used; j++) {
			const g = growth[tenure0 - j];
			const o = j * 4;
			r0 += u[o] * g;
			r1 += u[o + 1] * g;
			r2 += u[o + 2] * g;
			r3 += u[o + 3] * g;
		}
		return [
			r0 * CURRENCY_PER_UNIT,
			r1 * CURRENCY_PER_UNIT,
			r2 * CURRENCY_PER_UNIT,
			r3 * CURRENCY_PER_UNIT
		];
	}
}
