// The worker's jobs as generators: each `next()` does one unit of work (one run, or a slice of a background run's months), so work can be interleaved and cancelled.
// The engine alone (not $lib/sim's index), so the worker's bundle carries no schema texts.
import { Run, simulate } from '$lib/sim/engine';
import { paramsKey } from '$lib/sim/key';
import type { Params, RunResult, Snapshot } from '$lib/sim';
import {
	SPREAD_FIGURES,
	SPREAD_SERIES,
	type Job,
	type JobKind,
	type Move,
	type Range,
	type Sensitivity,
	type SensitivityResult,
	type Spread,
	type SpreadFigure,
	type Sweep,
	type UpdateOf
} from './protocol';
import { bandOf, findOptimum, mean, range } from './stats';

/** What a unit of work produced: nothing to send yet, or an update of the job's result (the last one final). */
export type Step = null | { value: UpdateOf[JobKind]; final: boolean; transfer?: Transferable[] };

/** Lets a long run report its progress (months done) while it runs. */
export interface JobContext {
	progress?: (done: number, total: number) => void;
	/** The last first-seed run, so a spread for the same parameters does not run it again. */
	cache?: RunCache;
}

/** Remembers the monthly records and summary of the last run, by its parameters. */
export class RunCache {
	key = '';
	monthly: Snapshot[] = [];
	summary: RunResult['summary'] | null = null;
	remember(result: RunResult): void {
		this.key = paramsKey(result.params);
		this.monthly = result.monthly;
		this.summary = result.summary;
	}
}

/**
 * Months a background run simulates in one unit of work (a few milliseconds at the default size), so that a
 * newer slider move stops it within one slice instead of waiting for the whole run.
 */
const SLICE_MONTHS = 12;

/** A run without history, a slice of months per unit of work; its result once done. */
function* runInSlices(params: Params): Generator<null, RunResult, void> {
	const run = new Run(params, { history: false });
	while (!run.advance(SLICE_MONTHS)) yield null;
	return run.result();
}

/** Runs above this many client-months report their progress month by month. */
const PROGRESS_FROM = 5_000_000;

/** Buffers of a result's typed arrays, to transfer (not copy) them to the page. */
export function transferables(r: RunResult): Transferable[] {
	const a = r.agents;
	const list = [
		a.stage,
		a.level,
		a.products,
		a.origin,
		a.reason,
		a.value,
		a.joined,
		a.left,
		a.referrer
	];
	const out: Transferable[] = list.map((x) => x.buffer as ArrayBuffer);
	if (r.events.byteLength > 0) out.push(r.events.buffer as ArrayBuffer);
	return out;
}

/** The job as a generator of steps. */
export function startJob(job: Job, ctx: JobContext = {}): Generator<Step, void, void> {
	switch (job.kind) {
		case 'run':
			return runJob(job.params, job.history, ctx);
		case 'spread':
			return spreadJob(job.params, job.seeds, ctx);
		case 'sweep':
			return sweepJob(job.params, job.lever, job.values, job.seeds);
		case 'sensitivity':
			return sensitivityJob(job.params, job.moves, job.seeds);
	}
}

/** Runs a job to its end at once (tests, the CLI-side checks and the bench): its final update. */
export function runToEnd<K extends JobKind>(
	job: Job & { kind: K },
	ctx: JobContext = {}
): UpdateOf[K] {
	let last: Step = null;
	for (const step of startJob(job, ctx)) if (step) last = step;
	if (!last) throw new Error(`job ${job.kind} produced nothing`);
	return last.value as UpdateOf[K];
}

/** One run with the parameters' own seed: the answer to a slider move. */
function* runJob(params: Params, history: boolean, ctx: JobContext): Generator<Step, void, void> {
	const months = Math.round(params.years * 12);
	const report =
		ctx.progress && params.clients * months >= PROGRESS_FROM ? ctx.progress : undefined;
	const result = simulate(params, {
		history,
		onMonth: report ? (s) => void report(s.month, months) : undefined
	});
	ctx.cache?.remember(result);
	yield { value: result, final: true, transfer: transferables(result) };
}

/** When a spread sends an update: after these many seeds, and at the end. */
const SPREAD_UPDATES = new Set([5, 10, 20, 30]);

/** The same parameters with each of `seeds` (the first is the run's own): a median and 5–95% band of the series and figures. */
function* spreadJob(params: Params, seeds: number[], ctx: JobContext): Generator<Step, void, void> {
	const rows: Record<string, number[][]> = {};
	for (const s of SPREAD_SERIES) rows[s] = [];
	const figs: Record<string, number[]> = {};
	for (const f of SPREAD_FIGURES) figs[f] = [];
	let months: number[] = [];
	const key = paramsKey(params);
	for (let k = 0; k < seeds.length; k++) {
		let monthly: Snapshot[];
		let summary: RunResult['summary'];
		if (k === 0 && seeds[0] === params.seed && ctx.cache?.key === key && ctx.cache.summary) {
			monthly = ctx.cache.monthly;
			summary = ctx.cache.summary;
		} else {
			const r = yield* runInSlices({ ...params, seed: seeds[k] });
			monthly = r.monthly;
			summary = r.summary;
		}
		if (k === 0) months = monthly.map((s) => s.month);
		for (const s of SPREAD_SERIES) rows[s].push(monthly.map((m) => m[s]));
		for (const f of SPREAD_FIGURES) figs[f].push(summary[f]);
		const done = k + 1;
		if (SPREAD_UPDATES.has(done) || done === seeds.length) {
			const series = {} as Spread['series'];
			for (const s of SPREAD_SERIES) series[s] = bandOf(rows[s], months.length);
			const figures = {} as Record<SpreadFigure, Range>;
			for (const f of SPREAD_FIGURES) figures[f] = range(figs[f]);
			const value: Spread = { params, seeds: done, target: seeds.length, months, series, figures };
			yield { value, final: done === seeds.length };
		} else yield null;
	}
}

/** Profit over the horizon at each lever value, seed by seed (the curve first, then its band). */
function* sweepJob(
	params: Params,
	lever: Sweep['lever'],
	values: number[],
	seeds: number[]
): Generator<Step, void, void> {
	const rows: number[][] = [];
	for (let k = 0; k < seeds.length; k++) {
		const row: number[] = [];
		for (const v of values) {
			const p = { ...params, [lever]: v, seed: seeds[k] };
			row.push((yield* runInSlices(p)).summary.cumulativeProfit);
			if (row.length < values.length) yield null;
		}
		rows.push(row);
		const profit = bandOf(rows, values.length);
		const { best, optimum } = findOptimum(values, profit.median);
		const done = k + 1;
		const value: Sweep = {
			params,
			lever,
			values,
			profit,
			seeds: done,
			target: seeds.length,
			optimum,
			best
		};
		yield { value, final: done === seeds.length };
	}
}

/** Each move run with the same seeds as the unmoved run: the change in profit per +1%, largest first. */
function* sensitivityJob(
	params: Params,
	moves: Move[],
	seeds: number[]
): Generator<Step, void, void> {
	const base: number[] = [];
	const changes: number[][] = moves.map(() => []);
	for (let k = 0; k < seeds.length; k++) {
		const seed = seeds[k];
		const b = (yield* runInSlices({ ...params, seed })).summary.cumulativeProfit;
		base.push(b);
		yield null;
		for (let j = 0; j < moves.length; j++) {
			const m = moves[j];
			const p = { ...params, [m.key]: m.to, seed };
			const moved = (yield* runInSlices(p)).summary.cumulativeProfit;
			changes[j].push(m.sign * (moved - b));
			if (j < moves.length - 1) yield null;
		}
		const levers: Sensitivity[] = moves.map((m, j) => {
			const r = range(changes[j]);
			const change = mean(changes[j]);
			return { key: m.key, from: params[m.key], to: m.to, change, lo: r.lo, hi: r.hi };
		});
		levers.sort((a, b) => Math.abs(b.change) - Math.abs(a.change));
		const done = k + 1;
		const value: SensitivityResult = {
			params,
			levers,
			base: mean(base),
			seeds: done,
			target: seeds.length
		};
		yield { value, final: done === seeds.length };
	}
}
