// Headless experiments on the real engine (repeated seeds, lever sweeps, paired comparisons), used by the claim tests and the pages.
import { probit } from './math';
import { simulate } from './engine';
import { EVENT } from './history';
import { LEVEL_COUNT } from './levels';
import type { RunResult } from './record';
import { DEFAULTS, type Params } from './schema';

/** Parameter values that differ from a base set. */
export type Overrides = Partial<Params>;

/** A number read from a finished run. */
export type Metric = (run: RunResult) => number;

/** Profit summed over the horizon (undiscounted), ¤: the "profit" of every claim. */
export const profitOf: Metric = (run) => run.summary.cumulativeProfit;

/** Mean, standard deviation and standard error of a list of per-seed values. */
export interface SeedStats {
	mean: number;
	sd: number;
	/** Standard error of the mean. */
	se: number;
	values: number[];
}

/** Seeds first, first + 1, …: `count` of them. */
export function seedRange(count: number, first = 1): number[] {
	return Array.from({ length: count }, (_, k) => first + k);
}

export function stats(values: number[]): SeedStats {
	const n = values.length;
	const mean = n ? values.reduce((a, b) => a + b, 0) / n : 0;
	const sd = n > 1 ? Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : 0;
	return { mean, sd, se: n ? sd / Math.sqrt(n) : 0, values };
}

/** One run of the defaults with `overrides` and a seed, without the per-client log (faster, less memory). */
export function runOnce(overrides: Overrides, seed: number, history = false): RunResult {
	return simulate({ ...DEFAULTS, ...overrides, seed }, { history });
}

/** A metric of the defaults with `overrides`, once per seed. */
export function overSeeds(
	overrides: Overrides,
	seeds: number[],
	metric: Metric = profitOf
): number[] {
	return seeds.map((seed) => metric(runOnce(overrides, seed)));
}

/** Mean (and spread) of a metric over seeds. */
export function meanOverSeeds(
	overrides: Overrides,
	seeds: number[],
	metric: Metric = profitOf
): SeedStats {
	return stats(overSeeds(overrides, seeds, metric));
}

/** A paired comparison: the same seeds under two settings (common random numbers keep the noise low). */
export interface Comparison {
	base: SeedStats;
	changed: SeedStats;
	/** Relative change of the means: mean(changed) / mean(base) − 1. */
	relative: number;
	/** The same, seed by seed. */
	relativePerSeed: number[];
}

export function compare(
	base: Overrides,
	changed: Overrides,
	seeds: number[],
	metric: Metric = profitOf
): Comparison {
	const a = overSeeds(base, seeds, metric);
	const b = overSeeds({ ...base, ...changed }, seeds, metric);
	const sa = stats(a);
	const sb = stats(b);
	return {
		base: sa,
		changed: sb,
		relative: sb.mean / sa.mean - 1,
		relativePerSeed: a.map((x, k) => b[k] / x - 1)
	};
}

/** One point of a sweep: a parameter value and the metric's mean (and standard error) over seeds. */
export interface SweepPoint {
	value: number;
	mean: number;
	se: number;
}

/** The metric's mean over seeds as one parameter runs through `values`, the rest held at base. */
export function sweep(
	base: Overrides,
	key: keyof Params,
	values: number[],
	seeds: number[],
	metric: Metric = profitOf
): SweepPoint[] {
	return values.map((value) => {
		const s = meanOverSeeds({ ...base, [key]: value }, seeds, metric);
		return { value, mean: s.mean, se: s.se };
	});
}

/** The point of a sweep with the highest mean. */
export function peakOf(points: SweepPoint[]): SweepPoint {
	return points.reduce((best, p) => (p.mean > best.mean ? p : best), points[0]);
}

// ── Claim 2: the 5% lever ──────────────────────────────────────────────────────────────────────

/** Profit with `retention` raised by `points` (0.05 = five percentage points), against the base, seed by seed. */
export function retentionLever(base: Overrides, seeds: number[], points = 0.05): Comparison {
	const retention = base.retention ?? DEFAULTS.retention;
	return compare(base, { retention: retention + points }, seeds);
}

// ── Claim 3: where the next unit of money earns most ───────────────────────────────────────────

/** Money spent and profit earned by a change of setting. */
export interface MarginalReturn {
	/** Extra money spent on the channel over the horizon, ¤ (mean over seeds). */
	extraSpend: number;
	/** Extra profit over the horizon, ¤, after that spend (mean over seeds). */
	extraProfit: number;
	/** extraProfit / extraSpend: profit earned per extra ¤ spent (0 = the ¤ only pays for itself). */
	perUnit: number;
}

function marginal(
	base: Overrides,
	change: Overrides,
	seeds: number[],
	spend: (r: RunResult) => number
): MarginalReturn {
	let dSpend = 0;
	let dProfit = 0;
	for (const seed of seeds) {
		const a = runOnce(base, seed);
		const b = runOnce({ ...base, ...change }, seed);
		dSpend += spend(b) - spend(a);
		dProfit += profitOf(b) - profitOf(a);
	}
	return {
		extraSpend: dSpend / seeds.length,
		extraProfit: dProfit / seeds.length,
		perUnit: dProfit / dSpend
	};
}

/** Money spent on relationship investment over a run, ¤. */
export const investmentSpend: Metric = (r) => r.monthly.reduce((a, s) => a + s.investmentCost, 0);
/** Money spent on winning clients over a run, ¤. */
export const acquisitionSpend: Metric = (r) => r.monthly.reduce((a, s) => a + s.acquisitionCost, 0);

/**
 * Profit per extra ¤ spent on retention (relationship investment raised by `investmentStep` ¤ per client
 * per month) and on acquisition (prospecting raised by `prospectingStep` % of clients per month, so the
 * broker wins, and pays for, more clients). Each ratio is Δprofit / Δmoney spent on that channel, with
 * Δprofit net of that money and of every knock-on cost (service, upkeep, more acquisition).
 */
export function marginalReturns(
	base: Overrides,
	seeds: number[],
	investmentStep = 1,
	prospectingStep = 0.25
): { retention: MarginalReturn; acquisition: MarginalReturn } {
	const investment = base.investment ?? DEFAULTS.investment;
	const prospecting = base.prospecting ?? DEFAULTS.prospecting;
	return {
		retention: marginal(base, { investment: investment + investmentStep }, seeds, investmentSpend),
		acquisition: marginal(
			base,
			{ prospecting: prospecting + prospectingStep },
			seeds,
			acquisitionSpend
		)
	};
}

/** Relative change of profit from a 1% move of each lever (customer-asset lever ordering). */
export interface LeverMoves {
	/** The `retention` rate × 1.01: 0.80 → 0.808. */
	retention: number;
	/** Margin × 1.01: every client's revenue raised so that revenue − service, upkeep and investment cost rises 1%. */
	margin: number;
	/** Acquisition cost × 0.99 (acquisitionMultiple cut by 1%). */
	acquisitionCost: number;
}

export interface LeverSensitivity extends LeverMoves {
	/** The moves seed by seed. */
	perSeed: LeverMoves[];
}

/**
 * Profit's response to 1% improvements of retention, margin and acquisition cost, measured on the engine
 * with the same seeds. The margin move scales meanValue (which scales every client's revenue and nothing
 * else) by the factor that raises the base run's contribution margin (revenue − service, upkeep and
 * investment cost) by exactly 1%.
 */
export function leverSensitivity(base: Overrides, seeds: number[]): LeverSensitivity {
	const retention = base.retention ?? DEFAULTS.retention;
	const meanValue = base.meanValue ?? DEFAULTS.meanValue;
	const multiple = base.acquisitionMultiple ?? DEFAULTS.acquisitionMultiple;
	const sums = { base: 0, retention: 0, margin: 0, acquisitionCost: 0 };
	const perSeed: LeverMoves[] = [];
	for (const seed of seeds) {
		const a = runOnce(base, seed);
		let revenue = 0;
		let margin = 0;
		for (const m of a.monthly) {
			revenue += m.revenue;
			margin += m.revenue - m.retentionCost - m.investmentCost;
		}
		const factor = 1 + (0.01 * margin) / revenue;
		const p0 = profitOf(a);
		const p: LeverMoves = {
			retention: profitOf(runOnce({ ...base, retention: retention * 1.01 }, seed)),
			margin: profitOf(runOnce({ ...base, meanValue: meanValue * factor }, seed)),
			acquisitionCost: profitOf(runOnce({ ...base, acquisitionMultiple: multiple * 0.99 }, seed))
		};
		sums.base += p0;
		sums.retention += p.retention;
		sums.margin += p.margin;
		sums.acquisitionCost += p.acquisitionCost;
		perSeed.push({
			retention: p.retention / p0 - 1,
			margin: p.margin / p0 - 1,
			acquisitionCost: p.acquisitionCost / p0 - 1
		});
	}
	return {
		retention: sums.retention / sums.base - 1,
		margin: sums.margin / sums.base - 1,
		acquisitionCost: sums.acquisitionCost / sums.base - 1,
		perSeed
	};
}

// ── Claim 5: which level pays for which client ─────────────────────────────────────────────────

/** The base value (¤/month) below which a share q of clients fall: a quantile of the lognormal value distribution. */
export function valueQuantile(params: Overrides, q: number): number {
	const mean = params.meanValue ?? DEFAULTS.meanValue;
	const sigma = params.valueSpread ?? DEFAULTS.valueSpread;
	return mean * Math.exp(sigma * probit(q) - (sigma * sigma) / 2);
}

/** Profit by level for a population of clients who all have one base value, each held at one level. */
export interface LevelProfit {
	value: number;
	/** Mean profit over the horizon per starting client, ¤, when every client is held at level 0, 1, 2, 3. */
	byLevel: number[];
	/** The level with the highest profit. */
	best: number;
}

/**
 * Holds every client at one level (holdLevel) with the same base value (meanValue = value, valueSpread = 0)
 * and compares the profit the starting book brings. To isolate what the clients themselves earn, the run has
 * no relationship investment (the level's upkeep is what holding it costs), no prospecting and no fixed
 * overhead; everything else — products, tenure, taste, trust, referrals (and what winning them costs) — runs as usual.
 */
export function levelProfitForValue(base: Overrides, value: number, seeds: number[]): LevelProfit {
	const clients = base.clients ?? DEFAULTS.clients;
	const byLevel: number[] = [];
	for (let level = 0; level < LEVEL_COUNT; level++) {
		const s = meanOverSeeds(
			{
				...base,
				meanValue: value,
				valueSpread: 0,
				investment: 0,
				prospecting: 0,
				overhead: 0,
				holdLevel: level
			},
			seeds
		);
		byLevel.push(s.mean / clients);
	}
	const best = byLevel.indexOf(Math.max(...byLevel));
	return { value, byLevel, best };
}

// ── Claim 6: churn by products held ────────────────────────────────────────────────────────────

/** Churn of clients by how many products they held at the time. */
export interface ProductChurn {
	/** Products held (the last row counts `cap` or more). */
	products: number;
	/** Client-months spent holding that many products. */
	exposure: number;
	/** Clients who left while holding that many. */
	exits: number;
	/** Monthly hazard: exits / exposure. */
	monthly: number;
	/** Annual churn implied: 1 − (1 − monthly)^12. */
	annual: number;
}

/**
 * Reads the per-client event log of a run (it must have been run with history) and measures churn by the
 * number of products held: every client-month a current client spends holding k products counts as
 * exposure for k, and a departure counts as an exit for the k it held. Rows 1, 2, …, cap−1, cap or more.
 */
export function churnByProducts(run: RunResult, cap = 4): ProductChurn[] {
	const ev = run.events;
	const n = run.agents.size;
	const months = run.monthly.length;
	const held = new Uint8Array(n);
	const since = new Int32Array(n);
	const active = new Uint8Array(n);
	const exposure = new Float64Array(cap + 1);
	const exits = new Float64Array(cap + 1);
	const bucket = (k: number) => Math.min(cap, k);
	for (let o = 0; o < ev.length; o += 4) {
		const i = ev[o];
		const month = Math.max(0, ev[o + 1]);
		const kind = ev[o + 2];
		if (kind === EVENT.joined) {
			active[i] = 1;
			held[i] = 1;
			since[i] = month;
		} else if (kind === EVENT.product && active[i]) {
			exposure[bucket(held[i])] += month - since[i];
			held[i] = ev[o + 3];
			since[i] = month;
		} else if (kind === EVENT.left && active[i]) {
			exposure[bucket(held[i])] += month - since[i];
			exits[bucket(held[i])]++;
			active[i] = 0;
		}
	}
	for (let i = 0; i < n; i++) if (active[i]) exposure[bucket(held[i])] += months - since[i];
	const rows: ProductChurn[] = [];
	for (let k = 1; k <= cap; k++) {
		const monthly = exposure[k] > 0 ? exits[k] / exposure[k] : 0;
		rows.push({
			products: k,
			exposure: exposure[k],
			exits: exits[k],
			monthly,
			annual: 1 - Math.pow(1 - monthly, 12)
		});
	}
	return rows;
}

// ── Claim 9: a shock to a small and a large firm ───────────────────────────────────────────────

/** What a market shock costs a firm. */
export interface ShockLoss {
	/** Mean profit over the horizon without and with the shock, ¤. */
	withoutShock: number;
	withShock: number;
	/** Share of the no-shock profit lost: 1 − withShock / withoutShock. */
	lossShare: number;
	/** Share of the firm's revenue, in the month before the shock, that came from partnership and alliance clients. */
	highLevelRevenueShare: number;
}

/** Runs a firm (a preset) with and without the same shock, seed by seed. */
export function shockLoss(
	firm: Overrides,
	seeds: number[],
	shockMonth: number,
	shockSize = DEFAULTS.shockSize
): ShockLoss {
	let without = 0;
	let withShock = 0;
	let highShare = 0;
	for (const seed of seeds) {
		const a = runOnce({ ...firm, shockMonth: 0 }, seed);
		const b = runOnce({ ...firm, shockMonth, shockSize }, seed);
		without += profitOf(a);
		withShock += profitOf(b);
		const before = a.monthly[shockMonth - 2] ?? a.monthly[0];
		highShare += (before.revenueByLevel[2] + before.revenueByLevel[3]) / before.revenue;
	}
	return {
		withoutShock: without / seeds.length,
		withShock: withShock / seeds.length,
		lossShare: 1 - withShock / without,
		highLevelRevenueShare: highShare / seeds.length
	};
}
