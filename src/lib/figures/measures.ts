// Small measurements the live figures read from one engine run: churn by products, the value curve, level shares.
import { EVENT, LEVELS, STAGE, type RunResult } from '../sim';

/** Buckets of products held: 1, 2, 3, 4 or more. */
export const PRODUCT_BUCKETS = ['1', '2', '3', '4+'] as const;

const bucket = (products: number) => Math.min(4, Math.max(1, products)) - 1;

/**
 * Annual churn of current clients by products held, from the run's event log: clients lost while
 * holding k products, over the client-months spent holding k products, made annual. NaN where a
 * bucket has too little exposure to say (under `minMonths` client-months).
 */
export function churnByProducts(run: RunResult, minMonths = 200): number[] {
	const { agents, events } = run;
	const months = run.monthly.length;
	const n = agents.size;
	const boughtCount = new Int32Array(n);
	for (let o = 0; o < events.length; o += 4) {
		if (events[o + 2] === EVENT.product) boughtCount[events[o]]++;
	}
	// Where each agent's current stretch at one product count starts; −1 = never a client.
	const from = new Int32Array(n).fill(-1);
	const held = new Int32Array(n);
	for (let i = 0; i < n; i++) {
		if (agents.stage[i] !== STAGE.current && agents.stage[i] !== STAGE.lost) continue;
		from[i] = Math.max(1, agents.joined[i] + 1);
		held[i] = agents.products[i] - boughtCount[i];
	}
	const exposure = [0, 0, 0, 0];
	const lost = [0, 0, 0, 0];
	for (let o = 0; o < events.length; o += 4) {
		if (events[o + 2] !== EVENT.product) continue;
		const i = events[o];
		const m = events[o + 1];
		if (from[i] < 0) continue;
		exposure[bucket(held[i])] += Math.max(0, m - from[i] + 1);
		from[i] = m + 1;
		held[i] = events[o + 3];
	}
	for (let i = 0; i < n; i++) {
		if (from[i] < 0) continue;
		const isLost = agents.stage[i] === STAGE.lost;
		const end = isLost ? agents.left[i] : months;
		exposure[bucket(held[i])] += Math.max(0, end - from[i] + 1);
		if (isLost) lost[bucket(held[i])]++;
	}
	return exposure.map((e, k) =>
		e < minMonths ? NaN : 1 - Math.pow(Math.max(0, 1 - lost[k] / e), 12)
	);
}

/** Monthly commission of every current client at the end of the run (base value × level × products, before tenure growth). */
export function currentValues(run: RunResult, productValue = 0.3): number[] {
	const { agents } = run;
	const out: number[] = [];
	for (let i = 0; i < agents.size; i++) {
		if (agents.stage[i] !== STAGE.current) continue;
		const level = LEVELS[agents.level[i]];
		out.push(agents.value[i] * level.valueFactor * (1 + productValue * (agents.products[i] - 1)));
	}
	return out;
}

/**
 * The concentration curve: for each share of clients (most valuable first, in `steps` steps), the share
 * of the total value they bring. Point k is at k/steps of the clients.
 */
export function concentrationCurve(values: number[], steps = 20): number[] {
	const sorted = [...values].sort((a, b) => b - a);
	const total = sorted.reduce((a, b) => a + b, 0);
	const curve = [0];
	let sum = 0;
	let taken = 0;
	for (let k = 1; k <= steps; k++) {
		const upTo = Math.round((k / steps) * sorted.length);
		while (taken < upTo) sum += sorted[taken++];
		curve.push(total > 0 ? sum / total : 0);
	}
	return curve;
}

/** Share of the total brought by the most valuable `fraction` of values. */
export function topShareOf(values: number[], fraction = 0.2): number {
	const curve = concentrationCurve(values, 100);
	return curve[Math.round(fraction * 100)];
}

/**
 * Among current clients at the end, the share at preferred level or above, for the most valuable
 * `fraction` of clients and for the rest.
 */
export function levelShareByValue(run: RunResult, fraction = 0.2): { top: number; rest: number } {
	const { agents } = run;
	const rows: { value: number; up: boolean }[] = [];
	for (let i = 0; i < agents.size; i++) {
		if (agents.stage[i] !== STAGE.current) continue;
		rows.push({ value: agents.value[i], up: agents.level[i] > 0 });
	}
	rows.sort((a, b) => b.value - a.value);
	const cut = Math.round(rows.length * fraction);
	const share = (list: typeof rows) =>
		list.length ? list.filter((r) => r.up).length / list.length : 0;
	return { top: share(rows.slice(0, cut)), rest: share(rows.slice(cut)) };
}

/** Profit in the month before `month` and in `month` itself, and the clients lost to the shock. */
export function shockEffect(
	run: RunResult,
	month: number
): { lost: number; profitBefore: number; profitAfter: number } {
	const before = run.monthly[month - 2];
	const after = run.monthly[Math.min(run.monthly.length - 1, month)];
	return {
		lost: run.monthly[month - 1]?.lostShock ?? 0,
		profitBefore: before?.profit ?? 0,
		profitAfter: after?.profit ?? 0
	};
}
