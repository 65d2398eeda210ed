// The 80/20 view of a run: each current client's revenue at a month, the share of it paid by the top 20%, month by month, and the concentration curve.
import { topShare, type RunResult } from '$lib/sim';
import { baseRevenue } from '$lib/sim/clients';
import { deriveRates, type Rates } from '$lib/sim/rates';
import { Timeline, type PopulationAt } from './timeline';

/**
 * Computes clients' monthly revenue with the engine's own formulas (baseRevenue for value × level ×
 * products, the rates' tenure growth), so the figures stay those the engine books.
 */
export class RevenueModel {
	private readonly rates: Rates;
	private readonly value: Float32Array;
	/** Cache of each client's base revenue and the level and products (level × 8 + products) it was computed for. */
	private readonly base: Float64Array;
	private readonly baseFor: Int16Array;

	constructor(result: RunResult) {
		this.rates = deriveRates(result.params, 0);
		this.value = result.agents.value;
		this.base = new Float64Array(result.agents.size);
		this.baseFor = new Int16Array(result.agents.size).fill(-1);
	}

	/** Revenue client i pays in month `month`, at the given level and products held since `joined`. */
	revenue(i: number, level: number, products: number, joined: number, month: number): number {
		const key = level * 8 + products;
		if (this.baseFor[i] !== key) {
			this.base[i] = baseRevenue(this.rates, this.value[i], level, products);
			this.baseFor[i] = key;
		}
		const g = this.rates.growth;
		const tenure = Math.min(g.length - 1, Math.max(0, month - joined));
		return this.base[i] * g[tenure];
	}

	/** Revenue of every current client of a reconstructed month, in the order of `pop.current`. */
	revenues(pop: PopulationAt): Float64Array {
		const out = new Float64Array(pop.current.length);
		for (let k = 0; k < pop.current.length; k++) {
			const i = pop.current[k];
			out[k] = this.revenue(i, pop.level[i], pop.products[i], pop.joined[i], pop.month);
		}
		return out;
	}
}

/** One point of the concentration curve: the top `clients` share of clients pays `revenue` share of revenue. */
export interface CurvePoint {
	clients: number;
	revenue: number;
}

/** The concentration (Lorenz-style) curve, richest clients first, at `points` + 1 evenly spaced client shares. */
export function concentrationCurve(revenues: Float64Array, points = 20): CurvePoint[] {
	const sorted = revenues.slice().sort().reverse();
	const n = sorted.length;
	let total = 0;
	for (let k = 0; k < n; k++) total += sorted[k];
	const out: CurvePoint[] = [{ clients: 0, revenue: 0 }];
	let sum = 0;
	let k = 0;
	for (let p = 1; p <= points; p++) {
		const upto = Math.round((n * p) / points);
		while (k < upto) sum += sorted[k++];
		out.push({ clients: p / points, revenue: total > 0 ? sum / total : 0 });
	}
	return out;
}

/**
 * The share of revenue paid by the top 20% of current clients, month by month, computed lazily up to
 * the months asked for (each month costs one sort of that month's revenues).
 */
export class TopShareSeries {
	private readonly timeline: Timeline;
	private readonly model: RevenueModel;
	/** share[m − 1] for months computed so far. */
	private readonly shares: number[] = [];
	private lastRevenues: Float64Array = new Float64Array(0);
	private lastMonth = -1;

	constructor(result: RunResult) {
		this.timeline = new Timeline(result);
		this.model = new RevenueModel(result);
	}

	get months(): number {
		return this.timeline.months;
	}

	/** Months computed so far. */
	get computed(): number {
		return this.shares.length;
	}

	/** Shares for months 1 … t (computing any not yet known). */
	upTo(t: number): number[] {
		const month = Math.max(0, Math.min(this.timeline.months, Math.round(t)));
		while (this.shares.length < month) {
			const m = this.shares.length + 1;
			this.shares.push(topShare(this.revenuesAt(m)));
		}
		return this.shares.slice(0, month);
	}

	/** Revenues of the current clients at month t (cached for the last month asked). */
	revenuesAt(t: number): Float64Array {
		if (t !== this.lastMonth) {
			this.lastRevenues = this.model.revenues(this.timeline.at(t));
			this.lastMonth = t;
		}
		return this.lastRevenues;
	}
}
