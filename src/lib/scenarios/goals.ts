// Exercise goals that check themselves: measures read from a run, checks against targets, met or not met with the figure.
import {
	PARAM_KEYS,
	SPEC,
	type ParamKey,
	type Params,
	type RunResult,
	type Snapshot
} from '$lib/sim';
import { count, money, paramValue, percent } from '$lib/format';

/** What a goal can measure in a run. Windowed measures cover the first `years` years (the whole run when omitted). */
export const MEASURE_IDS = [
	'profit',
	'discountedProfit',
	'clients',
	'churn',
	'shockLost',
	'acquisitionSpend',
	'investmentSpend',
	'levelShare',
	'products',
	'satisfied',
	'referralShare',
	'top20',
	'lifetimeValue'
] as const;
export type MeasureId = (typeof MEASURE_IDS)[number];

/** A check on something the run produced. `change` targets are relative to the scenario's starting run. */
export interface MeasureCheck {
	measure: MeasureId;
	/** Years the measure covers (windowed measures) or the year it is read at (end-of-year measures). */
	years?: number;
	/** For levelShare: share of current clients at this level or above (0 transactional … 3 alliance). */
	level?: number;
	min?: number;
	max?: number;
	/** At least this relative change on the scenario's starting run (0.2 = 20% more; −0.3 = at most 30% less). */
	minChange?: number;
	/** At most this relative change on the scenario's starting run. */
	maxChange?: number;
}

/** A check on a lever the trainee sets (e.g. "relationship investment at most ¤8"). */
export interface ParamCheck {
	param: ParamKey;
	min?: number;
	max?: number;
}

/** Only these levers may differ from the scenario's start (the seed may always change): "using retention alone". */
export interface OnlyCheck {
	only: ParamKey[];
}

export type Check = MeasureCheck | ParamCheck | OnlyCheck;

/** What a goal is judged against: the scenario's starting parameters and, for relative targets, their run. */
export interface GoalContext {
	/** The scenario's parameters at its first step. */
	start: Params;
	/** The starting parameters' run on the current seed (needed only by minChange/maxChange checks). */
	reference?: RunResult | null;
}

export interface Goal {
	id: string;
	/** The goal in one sentence, as the trainee reads it. */
	text: string;
	/** All must hold for the goal to be met. */
	checks: Check[];
}

export interface CheckResult {
	/** What was measured, e.g. "Profit over 5 years". */
	label: string;
	/** The figure in the current run, formatted, e.g. "¤3.2M". */
	figure: string;
	/** The target, formatted, e.g. "at least ¤3M". */
	target: string;
	value: number;
	met: boolean;
}

export interface GoalResult {
	id: string;
	text: string;
	met: boolean;
	checks: CheckResult[];
}

interface MeasureSpec {
	/** Label for a window of `years` (null = the whole run of `horizon` years). */
	label: (years: number, level: number) => string;
	format: (v: number) => string;
	/** Read from the first `months` months of the run. */
	value: (run: RunResult, months: number, level: number) => number;
	/** True when the measure is only defined over the whole run (no `years`). */
	wholeRun?: boolean;
}

const LEVEL_NAMES = ['transactional', 'preferred', 'partnership', 'strategic alliance'];

function sum(m: Snapshot[], months: number, f: (s: Snapshot) => number): number {
	let t = 0;
	for (let k = 0; k < months && k < m.length; k++) t += f(m[k]);
	return t;
}

const at = (run: RunResult, months: number): Snapshot | undefined => run.monthly[months - 1];

export const MEASURES: Record<MeasureId, MeasureSpec> = {
	profit: {
		label: (y) => `Profit over ${y} ${y === 1 ? 'year' : 'years'}`,
		format: money,
		value: (run, months) => at(run, months)?.cumulativeProfit ?? 0
	},
	discountedProfit: {
		label: (y) => `Discounted profit over ${y} ${y === 1 ? 'year' : 'years'}`,
		format: money,
		value: (run, months) => at(run, months)?.discountedProfit ?? 0
	},
	clients: {
		label: (y) => `Clients at the end of year ${y}`,
		format: count,
		value: (run, months) => at(run, months)?.activeClients ?? 0
	},
	churn: {
		label: (y) => `Annual churn over ${y} ${y === 1 ? 'year' : 'years'}`,
		format: (v) => percent(v, 1),
		value: (run, months) => {
			const lost = sum(run.monthly, months, (s) => s.lost);
			const active = sum(run.monthly, months, (s) => s.activeClients) / months;
			return active > 0 ? lost / (months / 12) / active : 0;
		}
	},
	shockLost: {
		label: (y) => `Clients lost to the market shock over ${y} ${y === 1 ? 'year' : 'years'}`,
		format: count,
		value: (run, months) => sum(run.monthly, months, (s) => s.lostShock)
	},
	acquisitionSpend: {
		label: (y) => `Spent winning clients over ${y} ${y === 1 ? 'year' : 'years'}`,
		format: money,
		value: (run, months) => sum(run.monthly, months, (s) => s.acquisitionCost)
	},
	investmentSpend: {
		label: (y) => `Relationship investment over ${y} ${y === 1 ? 'year' : 'years'}`,
		format: money,
		value: (run, months) => sum(run.monthly, months, (s) => s.investmentCost)
	},
	levelShare: {
		label: (y, l) =>
			`Clients at ${LEVEL_NAMES[l] ?? 'that'} level${l < 3 ? ' or above' : ''}, end of year ${y}`,
		format: (v) => percent(v, 1),
		value: (run, months, l) => {
			const s = at(run, months);
			if (!s || s.activeClients === 0) return 0;
			let n = 0;
			for (let k = l; k < s.byLevel.length; k++) n += s.byLevel[k];
			return n / s.activeClients;
		}
	},
	products: {
		label: (y) => `Products per client, end of year ${y}`,
		format: (v) => v.toFixed(2),
		value: (run, months) => at(run, months)?.meanProducts ?? 0
	},
	satisfied: {
		label: (y) => `Satisfied clients, end of year ${y}`,
		format: (v) => percent(v, 1),
		value: (run, months) => at(run, months)?.satisfiedShare ?? 0
	},
	referralShare: {
		label: (y) => `New clients who came by referral over ${y} ${y === 1 ? 'year' : 'years'}`,
		format: (v) => percent(v, 1),
		value: (run, months) => {
			const won = sum(run.monthly, months, (s) => s.acquired);
			return won > 0 ? sum(run.monthly, months, (s) => s.referred) / won : 0;
		}
	},
	top20: {
		label: () => 'Revenue from the top 20% of clients (last month)',
		format: (v) => percent(v, 1),
		value: (run) => run.summary.top20Share,
		wholeRun: true
	},
	lifetimeValue: {
		label: () => 'Average client lifetime value',
		format: money,
		value: (run) => run.summary.averageLifetimeValue,
		wholeRun: true
	}
};

export function isParamCheck(c: Check): c is ParamCheck {
	return 'param' in c;
}

export function isOnlyCheck(c: Check): c is OnlyCheck {
	return 'only' in c;
}

function lowerFirst(s: string): string {
	return s.charAt(0).toLowerCase() + s.slice(1);
}

function listWords(keys: ParamKey[]): string {
	const words = keys.map((k) => lowerFirst(SPEC[k].label));
	return words.length <= 1
		? words.join('')
		: `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The number of months a measure check covers in a run (the whole run when `years` is omitted). */
function windowMonths(c: MeasureCheck, run: RunResult): number {
	const whole = run.monthly.length;
	if (MEASURES[c.measure].wholeRun || c.years === undefined) return whole;
	return Math.round(c.years * 12);
}

/** A relative change, as a signed percent: +20% / −30%. */
function signedPercent(r: number): string {
	return `${r >= 0 ? '+' : '−'}${Math.round(Math.abs(r) * 100)}%`;
}

/** A check's target in words, e.g. "at least ¤3M" or "between 5% and 10%". */
function targetText(
	min: number | undefined,
	max: number | undefined,
	f: (v: number) => string
): string {
	if (min !== undefined && min === max) return `exactly ${f(min)}`;
	if (min !== undefined && max !== undefined) return `between ${f(min)} and ${f(max)}`;
	if (min !== undefined) return `at least ${f(min)}`;
	if (max !== undefined) return `at most ${f(max)}`;
	return 'any value';
}

/** The value `change` above (or below) a reference; a negative reference moves by its size, so "+20%" always means better. */
function shifted(ref: number, change: number): number {
	return ref + change * Math.abs(ref);
}

/**
 * Evaluates one check against a run. `ctx.reference` is the scenario's starting run, needed only by
 * checks with `minChange`/`maxChange` (without it they are not met).
 */
export function evaluateCheck(c: Check, run: RunResult, ctx: GoalContext): CheckResult {
	const reference = ctx.reference;
	if (isOnlyCheck(c)) {
		const moved = PARAM_KEYS.filter((k) => k !== 'seed' && run.params[k] !== ctx.start[k]);
		const extra = moved.filter((k) => !c.only.includes(k));
		return {
			label: 'Settings changed from the start',
			figure: moved.length ? listWords(moved) : 'none',
			target: `only ${listWords(c.only)}`,
			value: extra.length,
			met: extra.length === 0
		};
	}
	if (isParamCheck(c)) {
		const spec = SPEC[c.param];
		const value = run.params[c.param];
		const f = (v: number) => paramValue(spec, v);
		const met = (c.min === undefined || value >= c.min) && (c.max === undefined || value <= c.max);
		return { label: spec.label, figure: f(value), target: targetText(c.min, c.max, f), value, met };
	}
	const m = MEASURES[c.measure];
	const level = c.level ?? 0;
	const months = windowMonths(c, run);
	const years = months / 12;
	const label = m.label(years, level);
	if (months < 1 || months > run.monthly.length) {
		const target = targetText(c.min, c.max, m.format);
		return {
			label,
			figure: `— (the run covers ${run.monthly.length / 12} years)`,
			target,
			value: NaN,
			met: false
		};
	}
	const value = m.value(run, months, level);
	let met = (c.min === undefined || value >= c.min) && (c.max === undefined || value <= c.max);
	const targets: string[] = [];
	if (c.min !== undefined || c.max !== undefined) targets.push(targetText(c.min, c.max, m.format));
	let figure = m.format(value);
	if (c.minChange !== undefined || c.maxChange !== undefined) {
		const refMonths = Math.min(months, reference?.monthly.length ?? 0);
		if (!reference || refMonths < months) {
			met = false;
			targets.push('compared with the starting run (not available)');
		} else {
			const ref = m.value(reference, months, level);
			const lo = c.minChange !== undefined ? shifted(ref, c.minChange) : undefined;
			const hi = c.maxChange !== undefined ? shifted(ref, c.maxChange) : undefined;
			met = met && (lo === undefined || value >= lo) && (hi === undefined || value <= hi);
			const rel = ref !== 0 ? (value - ref) / Math.abs(ref) : 0;
			figure = `${figure} (${signedPercent(rel)} on the start, ${m.format(ref)})`;
			const parts = [
				c.minChange !== undefined ? `at least ${signedPercent(c.minChange)}` : '',
				c.maxChange !== undefined ? `at most ${signedPercent(c.maxChange)}` : ''
			].filter(Boolean);
			targets.push(`${parts.join(' and ')} on the starting run (${m.format(lo ?? hi ?? ref)})`);
		}
	}
	return { label, figure, target: targets.join('; '), value, met };
}

/** Evaluates a goal: met when every check is met. */
export function evaluateGoal(goal: Goal, run: RunResult, ctx: GoalContext): GoalResult {
	const checks = goal.checks.map((c) => evaluateCheck(c, run, ctx));
	return { id: goal.id, text: goal.text, met: checks.every((c) => c.met), checks };
}

/** True when any check of the goals compares with the scenario's starting run. */
export function needsReference(goals: Goal[]): boolean {
	return goals.some((g) =>
		g.checks.some(
			(c) =>
				!isParamCheck(c) &&
				!isOnlyCheck(c) &&
				(c.minChange !== undefined || c.maxChange !== undefined)
		)
	);
}
