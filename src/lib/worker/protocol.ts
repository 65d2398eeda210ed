// The messages between the page and the simulation worker: jobs with ids going in, updates coming out.
import type { ParamKey, Params, RunResult } from '$lib/sim';

/** A spread over seeds at each point: the median and the 5th and 95th percentiles. */
export interface Band {
	median: number[];
	lo: number[];
	hi: number[];
}

/** Monthly series that get an uncertainty band. */
export const SPREAD_SERIES = ['profit', 'cumulativeProfit', 'activeClients'] as const;
export type SpreadSeries = (typeof SPREAD_SERIES)[number];

/** Summary figures that get a 5–95% range. */
export const SPREAD_FIGURES = [
	'cumulativeProfit',
	'activeClientsEnd',
	'annualChurn',
	'averageLifetimeValue'
] as const;
export type SpreadFigure = (typeof SPREAD_FIGURES)[number];

/** A figure's median and 5–95% range over seeds. */
export interface Range {
	median: number;
	lo: number;
	hi: number;
}

/** How much of a run is luck: the same parameters run with several seeds. */
export interface Spread {
	/** The parameters (with the first seed) the spread is for. */
	params: Params;
	/** Seeds run so far, and how many the job will run. */
	seeds: number;
	target: number;
	/** Month numbers, 1 … 12 × years. */
	months: number[];
	series: Record<SpreadSeries, Band>;
	figures: Record<SpreadFigure, Range>;
}

/** The levers a sweep can move across their whole range. */
export const SWEEP_LEVERS = ['retention', 'acquisitionMultiple', 'investment'] as const;
export type SweepLever = (typeof SWEEP_LEVERS)[number];

/** Profit over the horizon against one lever's value, with its band over seeds. */
export interface Sweep {
	params: Params;
	lever: SweepLever;
	/** The lever values run, ascending. */
	values: number[];
	/** Cumulative profit at each value: median and 5–95% over seeds. */
	profit: Band;
	seeds: number;
	target: number;
	/** The value with the highest median profit, when it lies inside the range (an optimum); else null. */
	optimum: { value: number; profit: number } | null;
	/** The value with the highest median profit, wherever it lies. */
	best: { value: number; profit: number };
}

/** One lever's effect: moved by 1% of its value, how profit over the horizon changes. */
export interface Sensitivity {
	key: ParamKey;
	/** Value before and after the move (a lever at its maximum is moved down instead). */
	from: number;
	to: number;
	/** Mean change in profit over the seeds, per +1% move, ¤; with the 5–95% range of the per-seed changes. */
	change: number;
	lo: number;
	hi: number;
}

export interface SensitivityResult {
	params: Params;
	/** Largest change first. */
	levers: Sensitivity[];
	/** Profit over the horizon at the current values (mean over seeds), ¤. */
	base: number;
	seeds: number;
	target: number;
}

/** One move of the sensitivity chart: a parameter set to `to`, in direction `sign` (+1 up, −1 down). */
export interface Move {
	key: ParamKey;
	to: number;
	sign: 1 | -1;
}

/**
 * A piece of work for the worker. The page works out the seeds, lever values and moves (from the schema),
 * so the worker needs nothing but the engine.
 */
export type Job =
	| { kind: 'run'; params: Params; history: boolean }
	| { kind: 'spread'; params: Params; seeds: number[] }
	| { kind: 'sweep'; params: Params; lever: SweepLever; values: number[]; seeds: number[] }
	| { kind: 'sensitivity'; params: Params; moves: Move[]; seeds: number[] };

export type JobKind = Job['kind'];

/** What a job sends back, by kind. */
export interface UpdateOf {
	run: RunResult;
	spread: Spread;
	sweep: Sweep;
	sensitivity: SensitivityResult;
}

/** Page → worker. */
export type Request = { type: 'job'; id: number; job: Job } | { type: 'cancel'; id: number };

/** Worker → page: a job's progress (months or runs done), an update of its result, its end or its failure. */
export type Response =
	| { type: 'progress'; id: number; done: number; total: number }
	| { type: 'update'; id: number; kind: JobKind; value: UpdateOf[JobKind]; final: boolean }
	| { type: 'error'; id: number; message: string };

/** The page's scheduling order: a slider's first answer before its bands, bands before sweeps. */
export const PRIORITY: Record<JobKind, number> = { run: 0, spread: 1, sweep: 2, sensitivity: 3 };
