// The bench's Node measurements: the default run, the bare draw loop it is compared with, and a million clients in a worker thread.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { DEFAULTS, simulate, type Params, type RunResult } from '../../src/lib/sim';
import { draw } from '../../src/lib/sim/rng';
import { SimClient } from '../../src/lib/worker/client';
import { nodeWorkerFactory } from './node-worker';

export function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const n = s.length;
	return n % 2 ? s[(n - 1) >> 1] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

export function quantile(xs: number[], q: number): number {
	const s = [...xs].sort((a, b) => a - b);
	const h = (s.length - 1) * q;
	const lo = Math.floor(h);
	return s[lo] + (h - lo) * ((s[Math.min(s.length - 1, lo + 1)] ?? s[lo]) - s[lo]);
}

/**
 * Random draws a run made, counted from its records: one per current client per month (its month), one per
 * waiting target per month (convert or drop out), one per preferred-or-higher client in the shock month,
 * and the draws that make each client (value and taste, when it starts or joins; a starting client's level
 * where levels move, products and tenure). A target who gives up is never given traits.
 */
export function drawsOf(r: RunResult): { draws: number; clientMonths: number } {
	let prevActive = r.summary.activeClientsStart;
	let prevTargets = 0;
	let prevHigher = 0;
	let draws = 0;
	let clientMonths = 0;
	const textbook = r.params.textbook === 1;
	for (const s of r.monthly) {
		const shockDraws = s.month === r.params.shockMonth && !textbook ? prevHigher : 0;
		draws += shockDraws + (prevActive - s.lostShock) + (textbook ? 0 : prevTargets);
		clientMonths += prevActive;
		prevActive = s.activeClients;
		prevTargets = s.targets;
		prevHigher = s.activeClients - s.byLevel[0];
	}
	const clients = r.summary.activeClientsStart + r.summary.acquiredTotal;
	const levelsMove = !textbook && r.params.holdLevel < 0;
	draws += clients * (textbook ? 1 : 2);
	draws += r.summary.activeClientsStart * ((levelsMove ? 1 : 0) + (textbook ? 0 : 2));
	return { draws, clientMonths };
}

/** Keys for the bare loop: as many as it draws per month, so each draw reads a different client key. */
function keysFor(n: number): Uint32Array {
	const keys = new Uint32Array(n);
	for (let i = 0; i < n; i++) keys[i] = Math.imul(i + 1, 0x9e3779b1) >>> 0;
	return keys;
}

/** The bare reference loop: the same draws (the engine's own `draw`) month by month, with nothing else. */
export function bareLoop(keys: Uint32Array, months: number): number {
	let acc = 0;
	for (let m = 1; m <= months; m++) {
		for (let j = 0; j < keys.length; j++) acc += draw(keys[j], m, 0);
	}
	return acc;
}

export interface DefaultRunFigures {
	runs: number;
	modelMs: number[];
	loopMs: number[];
	drawsPerClientMonth: number;
	clientMonths: number;
}

/**
 * Times the default run (10,000 clients, 10 years, with the history the page keeps) and the bare loop,
 * interleaved in the same process so that both see the same machine load.
 */
export function timeDefaultRun(runs: number, params: Params = DEFAULTS): DefaultRunFigures {
	const probe = simulate(params, { history: true });
	const { draws, clientMonths } = drawsOf(probe);
	const months = probe.monthly.length;
	const keys = keysFor(Math.round(draws / months));
	let sink = 0;
	for (let k = 0; k < 3; k++) {
		sink += simulate(params, { history: true }).summary.cumulativeProfit;
		sink += bareLoop(keys, months);
	}
	const modelMs: number[] = [];
	const loopMs: number[] = [];
	for (let k = 0; k < runs; k++) {
		let t = performance.now();
		sink += simulate(params, { history: true }).summary.cumulativeProfit;
		modelMs.push(performance.now() - t);
		t = performance.now();
		sink += bareLoop(keys, months);
		loopMs.push(performance.now() - t);
	}
	if (!Number.isFinite(sink)) throw new Error('bench: non-finite result');
	return { runs, modelMs, loopMs, drawsPerClientMonth: draws / clientMonths, clientMonths };
}

export interface WorkerRunFigures {
	clients: number;
	totalMs: number;
	/** The longest stretch the main thread was blocked, ms (event-loop delay and a 1 ms ticker, whichever is larger). */
	maxBlockMs: number;
	progressMessages: number;
	result: RunResult;
}

/** A large run in a worker thread, as the page does it, while the main thread keeps a 1 ms ticker going. */
export async function timeWorkerRun(clients: number): Promise<WorkerRunFigures> {
	const make = await nodeWorkerFactory();
	const client = new SimClient(make);
	const params: Params = { ...DEFAULTS, clients };
	// Start the worker first, so its start-up is not counted as the run.
	await new Promise<void>((ok) =>
		client.submit(
			'warm',
			{ kind: 'run', params: { ...DEFAULTS, clients: 100, years: 1 }, history: false },
			{ update: () => ok() }
		)
	);
	const delay = monitorEventLoopDelay({ resolution: 1 });
	let last = performance.now();
	let maxGap = 0;
	const ticker = setInterval(() => {
		const now = performance.now();
		maxGap = Math.max(maxGap, now - last);
		last = now;
	}, 1);
	delay.enable();
	const t0 = performance.now();
	let progressMessages = 0;
	const result = await new Promise<RunResult>((ok, fail) =>
		client.submit(
			'big',
			{ kind: 'run', params, history: false },
			{ update: (r) => ok(r), progress: () => progressMessages++, error: (m) => fail(new Error(m)) }
		)
	);
	const totalMs = performance.now() - t0;
	// One more tick after the result, so a block caused by receiving it is seen.
	await new Promise((ok) => setTimeout(ok, 5));
	clearInterval(ticker);
	delay.disable();
	client.dispose();
	const loopMax = delay.max / 1e6;
	return { clients, totalMs, maxBlockMs: Math.max(maxGap, loopMax), progressMessages, result };
}
