// What a sweep, a sensitivity chart and a spread run: lever grids, the 1% moves, and how many seeds fit a size.
import { PARAMS, SPEC, type ParamKey, type ParamSpec, type Params } from '$lib/sim';
import type { Move, SweepLever } from '$lib/worker/protocol';

/** Client-months of the default run (10,000 clients × 120 months): the unit of the seed budgets below. */
const DEFAULT_CLIENT_MONTHS = 10_000 * 120;

/** Client-months one run of these parameters simulates (starting clients × months). */
export function clientMonths(p: Params): number {
	return p.clients * Math.round(p.years * 12);
}

/**
 * Seeds for the uncertainty band: 40 at the default size, fewer for bigger runs (the same total work),
 * none (0) when fewer than 5 would fit — a band from so few seeds would say little.
 */
export function spreadSeeds(p: Params): number {
	const k = Math.min(40, Math.floor((40 * DEFAULT_CLIENT_MONTHS) / clientMonths(p)));
	return k >= 5 ? k : 0;
}

/** Seeds per point of a sweep or a sensitivity chart: 8 at the default size, fewer (at least 1) for bigger runs. */
export function sweepSeeds(p: Params): number {
	return Math.max(1, Math.min(8, Math.floor((8 * DEFAULT_CLIENT_MONTHS) / clientMonths(p))));
}

/** Points a sweep runs across a lever's range. */
export const SWEEP_POINTS = 21;

/** Rounds v to the lever's step (avoiding float dust such as 0.8200000000000001). */
function onStep(key: ParamKey, v: number): number {
	const { min, step } = SPEC[key];
	const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 2);
	return Number((min + Math.round((v - min) / step) * step).toFixed(decimals));
}

/**
 * The lever values of a sweep: about `points` values evenly across the lever's range, on its step, plus the
 * current value (so the chart can show where the user is), ascending and without repeats.
 */
export function sweepValues(lever: SweepLever, current: number, points = SWEEP_POINTS): number[] {
	const { min, max } = SPEC[lever];
	const out = new Set<number>();
	for (let k = 0; k < points; k++) out.add(onStep(lever, min + ((max - min) * k) / (points - 1)));
	if (current >= min && current <= max) out.add(current);
	return [...out].filter((v) => v >= min && v <= max).sort((a, b) => a - b);
}

/** The parameters a sensitivity chart moves: the levers and the client and market settings that drive profit. */
export const SENSITIVITY_KEYS: ParamKey[] = (PARAMS as readonly ParamSpec[])
	.filter(
		(p) =>
			(p.group === 'lever' || p.group === 'client' || p.group === 'market') &&
			p.key !== 'discountRate' &&
			p.format !== 'boolean'
	)
	.map((p) => p.key as ParamKey);

/**
 * A parameter moved by 1% of its value (1% of its range when it is 0); a value that would leave the range
 * moves down instead. `sign` is +1 or −1, the direction it moved.
 */
export function movedOnePercent(p: Params, key: ParamKey): { to: number; sign: 1 | -1 } {
	const { min, max } = SPEC[key];
	const v = p[key];
	const d = v !== 0 ? Math.abs(v) * 0.01 : (max - min) * 0.01;
	if (v + d <= max) return { to: v + d, sign: 1 };
	return { to: v - d, sign: -1 };
}

/** Seed number k of a spread that starts at `seed` (k = 0 is the seed itself), wrapping inside the seed's range. */
export function seedAt(seed: number, k: number): number {
	const { min, max } = SPEC.seed;
	const span = max - min + 1;
	return min + ((((seed - min + k) % span) + span) % span);
}

/** The first `count` seeds from the run's own: seed, seed + 1, … */
export function seedList(seed: number, count: number): number[] {
	return Array.from({ length: count }, (_, k) => seedAt(seed, k));
}

/** Every move of the sensitivity chart at these parameters. */
export function sensitivityMoves(p: Params): Move[] {
	return SENSITIVITY_KEYS.map((key) => ({ key, ...movedOnePercent(p, key) }));
}
