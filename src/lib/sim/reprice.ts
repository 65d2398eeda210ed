// A run's money worked out again for new prices (acquisition cost, fixed costs, discount rate) from its months: its clients do exactly what they did.
import { deriveRates } from './rates';
import { summarise } from './metrics';
import { PARAM_KEYS, PARAMS, type ParamKey, type Params } from './schema';
import type { RunResult, Snapshot } from './record';

/** The prices: parameters that change what the broker pays, never what a client does (ParamSpec.pricing). */
export const PRICING_KEYS: ReadonlySet<ParamKey> = new Set(
	PARAMS.filter((s) => 'pricing' in s && s.pricing).map((s) => s.key)
);

/** Whether `next` differs from `prev` in prices only (or not at all). */
export function pricesOnly(prev: Params, next: Params): boolean {
	for (const k of PARAM_KEYS) if (prev[k] !== next[k] && !PRICING_KEYS.has(k)) return false;
	return true;
}

/**
 * The run `result` would have been with `params`, which differ from its own parameters in prices only:
 * the same numbers as simulate(params), without running the clients again. Each month's costs and profit
 * are summed in the engine's own order (model.ts, step 6), so every figure comes out exactly as the engine's.
 */
export function reprice(result: RunResult, params: Params): RunResult {
	if (!pricesOnly(result.params, params))
		throw new Error('reprice: the parameters differ in more than prices');
	const r = deriveRates(params, 0);
	let cumulative = 0;
	let discounted = 0;
	const monthly = result.monthly.map((old): Snapshot => {
		// Acquisition is paid client by client as targets join (model.ts, join).
		let acquisitionCost = 0;
		for (let j = 0; j < old.acquired; j++) acquisitionCost += r.acquisitionCost;
		const cost = old.retentionCost + acquisitionCost + old.investmentCost + r.overhead;
		const profit = old.revenue - cost;
		cumulative += profit;
		discounted += profit / Math.pow(1 + r.monthlyDiscount, old.month);
		return {
			...old,
			acquisitionCost,
			overheadCost: r.overhead,
			cost,
			profit,
			cumulativeProfit: cumulative,
			discountedProfit: discounted
		};
	});
	const { activeClientsStart, top20Share } = result.summary;
	return {
		...result,
		params: { ...params },
		monthly,
		summary: summarise(monthly, activeClientsStart, r.monthlyDiscount, top20Share)
	};
}
