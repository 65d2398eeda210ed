// Summary figures of a run, computed from its monthly snapshots and its final population.
import { STATE, S_JOINED, S_REVENUE } from './book';
import type { Model } from './model';
import type { Snapshot, Summary } from './record';

/** Share of the total held by the top `fraction` of values (e.g. 0.2 → the 80/20 figure). */
export function topShare(values: Float64Array, fraction = 0.2): number {
	const n = values.length;
	if (n === 0) return 0;
	const a = values.slice();
	const top = Math.max(1, Math.round(n * fraction));
	selectFrom(a, n - top);
	let total = 0;
	let sum = 0;
	for (let k = 0; k < n; k++) {
		total += a[k];
		if (k >= n - top) sum += a[k];
	}
	return total > 0 ? sum / total : 0;
}

/**
 * Reorders `a` so that a[k] is the value a full sort would put there, every value before it is no larger and
 * every value after it no smaller (Hoare's selection, median-of-three pivots): the top values without a sort.
 */
function selectFrom(a: Float64Array, k: number): void {
	let lo = 0;
	let hi = a.length - 1;
	while (hi > lo) {
		const mid = (lo + hi) >> 1;
		// Median of three as the pivot, which also guards both ends of the scan.
		if (a[mid] < a[lo]) swap(a, mid, lo);
		if (a[hi] < a[lo]) swap(a, hi, lo);
		if (a[hi] < a[mid]) swap(a, hi, mid);
		const pivot = a[mid];
		let i = lo;
		let j = hi;
		while (i <= j) {
			while (a[i] < pivot) i++;
			while (a[j] > pivot) j--;
			if (i <= j) swap(a, i++, j--);
		}
		if (k <= j) hi = j;
		else if (k >= i) lo = i;
		else return;
	}
}

function swap(a: Float64Array, i: number, j: number): void {
	const t = a[i];
	a[i] = a[j];
	a[j] = t;
}

/** Expected discounted margin of a client: m·r/(1+i−r) (margin m per month, monthly retention r, monthly rate i). */
export function lifetimeValue(
	margin: number,
	monthlyRetention: number,
	monthlyRate: number
): number {
	return (margin * monthlyRetention) / (1 + monthlyRate - monthlyRetention);
}

/** Revenue each current client pays in the model's current month. */
export function currentRevenues(model: Model): Float64Array {
	const { current, r, month } = model;
	const st = current.state;
	const out = new Float64Array(current.length);
	for (let k = 0; k < current.length; k++) {
		const o = k * STATE;
		const tenure = Math.min(r.growth.length - 1, month - st[o + S_JOINED]);
		out[k] = st[o + S_REVENUE] * r.growth[tenure];
	}
	return out;
}

/**
 * A run's summary from its months: `startClients` current clients at month 0, `monthlyDiscount` the monthly
 * rate lifetime value is discounted at, `top20Share` the 80/20 figure of the final month (from currentRevenues).
 */
export function summarise(
	monthly: Snapshot[],
	startClients: number,
	monthlyDiscount: number,
	top20Share: number
): Summary {
	let revenue = 0;
	let cost = 0;
	let acquired = 0;
	let referred = 0;
	let lost = 0;
	let clientMonths = 0;
	let margin = 0;
	let exposed = 0;
	let prevActive = startClients;
	for (const s of monthly) {
		revenue += s.revenue;
		cost += s.cost;
		acquired += s.acquired;
		referred += s.referred;
		lost += s.lost;
		clientMonths += s.activeClients;
		margin += s.revenue - s.retentionCost - s.investmentCost;
		exposed += prevActive;
		prevActive = s.activeClients;
	}
	const months = monthly.length;
	const last = monthly[months - 1];
	const meanActive = months ? clientMonths / months : 0;
	const monthlyRetention = exposed > 0 ? 1 - lost / exposed : 1;
	const meanMargin = clientMonths > 0 ? margin / (clientMonths - 0) : 0;
	return {
		cumulativeProfit: last?.cumulativeProfit ?? 0,
		discountedProfit: last?.discountedProfit ?? 0,
		totalRevenue: revenue,
		totalCost: cost,
		activeClientsStart: startClients,
		activeClientsEnd: last?.activeClients ?? startClients,
		acquiredTotal: acquired,
		referredTotal: referred,
		lostTotal: lost,
		annualChurn: meanActive > 0 && months > 0 ? lost / (months / 12) / meanActive : 0,
		averageLifetimeValue: lifetimeValue(meanMargin, monthlyRetention, monthlyDiscount),
		top20Share,
		referralShare: acquired > 0 ? referred / acquired : 0
	};
}
