// The simulation worker: the same numbers as the main thread, and stale jobs never answering after newer ones.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS, simulate, type Params, type RunResult } from '../src/lib/sim';
import { LocalWorker, SimClient, HEAVY_UNIT, type WorkerLike } from '../src/lib/worker/client';
import { RunCache, runToEnd, startJob } from '../src/lib/worker/jobs';
import { Run } from '../src/lib/sim/engine';
import { JobRunner } from '../src/lib/worker/runner';
import type { Job, Request, Response, Spread } from '../src/lib/worker/protocol';
import { findOptimum } from '../src/lib/worker/stats';
import { seedList, sensitivityMoves, sweepValues } from '../src/lib/sweeps/plan';
import { nodeWorkerFactory, type NodeSimWorker } from '../scripts/bench/node-worker';

/** Every number of a run, as plain arrays (typed arrays compared element by element). */
function numbers(r: RunResult) {
	const a = r.agents;
	return {
		summary: r.summary,
		monthly: r.monthly,
		agents: [
			a.size,
			a.stage,
			a.level,
			a.products,
			a.origin,
			a.reason,
			a.value,
			a.joined,
			a.left,
			a.referrer
		].map((x) => (typeof x === 'number' ? x : Array.from(x))),
		events: Array.from(r.events)
	};
}

/** Posts one job and waits for its final update. */
function finalOf<K extends Job['kind']>(
	client: SimClient,
	channel: string,
	job: Job & { kind: K }
) {
	return new Promise<unknown>((ok, fail) =>
		client.submit<Job['kind']>(channel, job, {
			update: (v, final) => final && ok(v),
			error: (m) => fail(new Error(m))
		})
	);
}

const CASES: Params[] = [
	{ ...DEFAULTS, clients: 3000, years: 5 },
	{ ...DEFAULTS, clients: 2000, seed: 42, retention: 0.9, investment: 20, acquisitionMultiple: 3 },
	{ ...DEFAULTS, clients: 1500, textbook: 1, seed: 7 },
	{ ...DEFAULTS, clients: 1500, shockMonth: 24, shockSize: 0.5, holdLevel: 2 }
];

describe('worker thread and main thread', () => {
	let make: () => NodeSimWorker;
	let client: SimClient;
	beforeAll(async () => {
		make = await nodeWorkerFactory();
		client = new SimClient(make);
	}, 60_000);
	afterAll(() => client.dispose());

	it.each(CASES.map((p, k) => [k, p] as const))(
		'case %i: the worker thread gives exactly the main thread’s run',
		async (_k, params) => {
			const fromWorker = (await finalOf(client, 'run', {
				kind: 'run',
				params,
				history: true
			})) as RunResult;
			const onMain = simulate(params, { history: true });
			expect(fromWorker.params).toEqual(onMain.params);
			expect(numbers(fromWorker)).toEqual(numbers(onMain));
		},
		60_000
	);

	it('the spread over seeds is the same in the worker as on the main thread', async () => {
		const params = { ...DEFAULTS, clients: 1000, years: 4, seed: 11 };
		const fromWorker = (await finalOf(client, 'spread', {
			kind: 'spread',
			params,
			seeds: seedList(params.seed, 6)
		})) as Spread;
		const onMain = runToEnd({ kind: 'spread', params, seeds: seedList(params.seed, 6) });
		expect(fromWorker).toEqual(onMain);
		expect(fromWorker.seeds).toBe(6);
		// The band brackets the median at every month, and seeds really differ.
		const b = fromWorker.series.cumulativeProfit;
		for (let m = 0; m < b.median.length; m++) {
			expect(b.lo[m]).toBeLessThanOrEqual(b.median[m]);
			expect(b.hi[m]).toBeGreaterThanOrEqual(b.median[m]);
		}
		expect(b.hi[b.hi.length - 1]).toBeGreaterThan(b.lo[b.lo.length - 1]);
	}, 60_000);

	it('a sweep in the worker matches one computed on the main thread', async () => {
		const params = { ...DEFAULTS, clients: 800, years: 3 };
		const job = {
			kind: 'sweep',
			params,
			lever: 'investment',
			values: sweepValues('investment', params.investment, 5),
			seeds: seedList(params.seed, 2)
		} as const;
		expect(await finalOf(client, 'sweep', job)).toEqual(runToEnd(job));
	}, 60_000);
});

describe('jobs', () => {
	it('a spread that reuses the first seed’s run gives the same numbers as one that reruns it', () => {
		const params = { ...DEFAULTS, clients: 800, years: 3, seed: 5 };
		const cache = new RunCache();
		runToEnd({ kind: 'run', params, history: true }, { cache });
		const reused = runToEnd({ kind: 'spread', params, seeds: seedList(params.seed, 5) }, { cache });
		const fresh = runToEnd({ kind: 'spread', params, seeds: seedList(params.seed, 5) });
		expect(reused).toEqual(fresh);
	});

	it('a sweep marks an optimum only inside the range, and includes the current value', () => {
		const params = { ...DEFAULTS, clients: 600, years: 3, investment: 7 };
		const s = runToEnd({
			kind: 'sweep',
			params,
			lever: 'investment',
			values: sweepValues('investment', 7, 6),
			seeds: seedList(params.seed, 2)
		});
		expect(s.values).toContain(7);
		expect([...s.values].sort((a, b) => a - b)).toEqual(s.values);
		const k = s.values.indexOf(s.best.value);
		expect(s.best.profit).toBe(Math.max(...s.profit.median));
		if (s.optimum) expect(k > 0 && k < s.values.length - 1).toBe(true);
		else expect(k === 0 || k === s.values.length - 1).toBe(true);
	});

	it('the sensitivity chart lists every lever once, largest change first', () => {
		const params = { ...DEFAULTS, clients: 600, years: 3 };
		const s = runToEnd({
			kind: 'sensitivity',
			params,
			moves: sensitivityMoves(params),
			seeds: seedList(params.seed, 2)
		});
		const sizes = s.levers.map((l) => Math.abs(l.change));
		expect([...sizes].sort((a, b) => b - a)).toEqual(sizes);
		expect(new Set(s.levers.map((l) => l.key)).size).toBe(s.levers.length);
		expect(s.levers.map((l) => l.key)).toContain('retention');
		// Keeping more clients is worth more profit: +1% retention raises it.
		expect(s.levers.find((l) => l.key === 'retention')!.change).toBeGreaterThan(0);
	});

	it('a run moved on a slice of months at a time gives the same numbers as one run straight through', () => {
		const params = { ...DEFAULTS, clients: 800, years: 4, seed: 21 };
		const run = new Run(params);
		let slices = 1;
		while (!run.advance(7)) slices++;
		expect(slices).toBe(Math.ceil(48 / 7));
		expect(numbers(run.result())).toEqual(numbers(simulate(params)));
	});

	it('a background seed gives way every twelve months, and the band is the same as with whole runs', () => {
		const params = { ...DEFAULTS, clients: 300, years: 5 };
		const steps = [...startJob({ kind: 'spread', params, seeds: [params.seed] })];
		// Five years in slices of twelve months: four pauses, then the band.
		expect(steps.map((s) => (s ? 'band' : 'pause'))).toEqual([
			'pause',
			'pause',
			'pause',
			'pause',
			'band'
		]);
		const band = steps[4]!.value as Spread;
		expect(band.figures.cumulativeProfit.median).toBe(
			simulate(params, { history: false }).summary.cumulativeProfit
		);
	});

	it('a cancel that arrives while a background seed runs stops it before the seed is done', () => {
		const posted: Response[] = [];
		const ticks: (() => void)[] = [];
		const runner = new JobRunner(
			(m) => posted.push(m),
			(fn) => ticks.push(fn)
		);
		// One seed far longer than one task's share of time (8 ms), so the first task cannot finish it.
		const params = { ...DEFAULTS, clients: 40_000, years: 10 };
		runner.handle({ type: 'job', id: 1, job: { kind: 'spread', params, seeds: [params.seed] } });
		ticks.shift()!();
		expect(runner.pending).toBe(1);
		runner.handle({ type: 'cancel', id: 1 });
		while (ticks.length) ticks.shift()!();
		expect(runner.pending).toBe(0);
		expect(posted).toEqual([]);
	});

	it('the runner does a slider’s run before background seeds posted earlier', async () => {
		const order: string[] = [];
		const runner = new JobRunner((m) => {
			if (m.type === 'update' && m.final) order.push(m.kind);
		});
		const params = { ...DEFAULTS, clients: 300, years: 2 };
		runner.handle({
			type: 'job',
			id: 1,
			job: { kind: 'spread', params, seeds: seedList(params.seed, 5) }
		});
		runner.handle({ type: 'job', id: 2, job: { kind: 'run', params, history: false } });
		while (runner.pending) await new Promise((ok) => setTimeout(ok, 1));
		expect(order).toEqual(['run', 'spread']);
	});
});

/** A worker the test answers by hand: it records what it was sent. */
class FakeWorker implements WorkerLike {
	onmessage: ((event: { data: Response }) => void) | null = null;
	onerror: ((event: unknown) => void) | null = null;
	sent: Request[] = [];
	terminated = false;
	postMessage(message: Request): void {
		this.sent.push(message);
	}
	terminate(): void {
		this.terminated = true;
	}
	answer(id: number, value: unknown): void {
		this.onmessage?.({
			data: { type: 'update', id, kind: 'run', value: value as RunResult, final: true }
		});
	}
}

describe('the client’s stale-job logic', () => {
	const small = (retention: number): Params => ({ ...DEFAULTS, clients: 500, retention });

	it('a new job on a channel cancels the old one, and the old one’s late answer is dropped', () => {
		const fake = new FakeWorker();
		const client = new SimClient(() => fake);
		const seen: unknown[] = [];
		const a = client.submit(
			'run',
			{ kind: 'run', params: small(0.7), history: false },
			{ update: (v) => seen.push(v) }
		);
		const b = client.submit(
			'run',
			{ kind: 'run', params: small(0.8), history: false },
			{ update: (v) => seen.push(v) }
		);
		expect(fake.sent).toEqual([
			{ type: 'job', id: a, job: expect.objectContaining({ kind: 'run' }) },
			{ type: 'cancel', id: a },
			{ type: 'job', id: b, job: expect.objectContaining({ kind: 'run' }) }
		]);
		fake.answer(a, 'old');
		expect(seen).toEqual([]);
		fake.answer(b, 'new');
		fake.answer(a, 'old again');
		expect(seen).toEqual(['new']);
		expect(client.pending).toBe(0);
	});

	it('jobs on different channels do not cancel each other', () => {
		const fake = new FakeWorker();
		const client = new SimClient(() => fake);
		const seen: string[] = [];
		const a = client.submit(
			'run',
			{ kind: 'run', params: small(0.7), history: false },
			{ update: () => seen.push('run') }
		);
		const b = client.submit(
			'spread',
			{ kind: 'spread', params: small(0.7), seeds: seedList(1, 5) },
			{ update: () => seen.push('spread') }
		);
		expect(fake.sent.some((m) => m.type === 'cancel')).toBe(false);
		fake.answer(b, 'x');
		fake.answer(a, 'y');
		expect(seen).toEqual(['spread', 'run']);
	});

	it('replacing a long run restarts the worker instead of waiting for it, and re-posts the live jobs', () => {
		const made: FakeWorker[] = [];
		const client = new SimClient(() => {
			made.push(new FakeWorker());
			return made[made.length - 1];
		});
		const huge = { ...DEFAULTS, clients: Math.ceil(HEAVY_UNIT / 120) + 1000 };
		client.submit(
			'other',
			{ kind: 'spread', params: small(0.8), seeds: seedList(1, 5) },
			{ update: () => {} }
		);
		client.submit('run', { kind: 'run', params: huge, history: false }, { update: () => {} });
		const c = client.submit(
			'run',
			{ kind: 'run', params: small(0.9), history: false },
			{ update: () => {} }
		);
		expect(made).toHaveLength(2);
		expect(made[0].terminated).toBe(true);
		const reposted = made[1].sent.map((m) => m.type === 'job' && m.job.kind);
		expect(reposted).toEqual(['spread', 'run']);
		expect(made[1].sent.some((m) => m.type === 'job' && m.id === c)).toBe(true);
		expect(client.restarts).toBe(1);
	});

	it('a worker that fails before answering is replaced by the main-thread fallback, with the same numbers', async () => {
		let tries = 0;
		const client = new SimClient(() => {
			tries++;
			const fake = new FakeWorker();
			queueMicrotask(() => fake.onerror?.(new Error('module workers are not allowed here')));
			return fake;
		});
		const params = small(0.85);
		const result = (await finalOf(client, 'run', {
			kind: 'run',
			params,
			history: true
		})) as RunResult;
		expect(tries).toBe(1);
		expect(client.local).toBe(true);
		expect(numbers(result)).toEqual(numbers(simulate(params, { history: true })));
	});

	it('with a real worker thread, a burst of slider moves shows only the newest run, and never an older one after a newer one', async () => {
		const make = await nodeWorkerFactory();
		const client = new SimClient(make);
		try {
			const values = [0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
			const shown: number[] = [];
			// A burst: every move replaces the last before any answer can arrive.
			let done: () => void = () => {};
			const last = new Promise<void>((ok) => (done = ok));
			values.forEach((r, k) =>
				client.submit(
					'run',
					{ kind: 'run', params: small(r), history: false },
					{
						update: (res) => {
							shown.push(res.params.retention);
							if (k === values.length - 1) done();
						}
					}
				)
			);
			await last;
			expect(shown).toEqual([0.95]);

			// Moves spaced so that some runs finish before the next move and some do not.
			const order: number[] = [];
			const results: RunResult[] = [];
			let finish: () => void = () => {};
			const end = new Promise<void>((ok) => (finish = ok));
			for (let k = 0; k < values.length; k++) {
				client.submit(
					'run',
					{ kind: 'run', params: small(values[k]), history: false },
					{
						update: (res) => {
							order.push(k);
							results.push(res);
							if (k === values.length - 1) finish();
						}
					}
				);
				await new Promise((ok) => setTimeout(ok, (k * 7) % 13));
			}
			await end;
			for (let j = 1; j < order.length; j++) expect(order[j]).toBeGreaterThan(order[j - 1]);
			expect(order[order.length - 1]).toBe(values.length - 1);
			const final = results[results.length - 1];
			expect(numbers(final)).toEqual(numbers(simulate(small(0.95), { history: false })));
		} finally {
			client.dispose();
		}
	}, 60_000);

	it('the main-thread fallback says so for each job when its runner cannot load', async () => {
		const w = new LocalWorker(() => Promise.reject(new Error('offline')));
		const got = new Promise<Response>((ok) => (w.onmessage = (e) => ok(e.data)));
		w.postMessage({
			type: 'job',
			id: 7,
			job: { kind: 'run', params: small(0.75), history: false }
		});
		expect(await got).toEqual({
			type: 'error',
			id: 7,
			message: 'The simulation could not be loaded on this page (offline).'
		});
		w.terminate();
	});

	it('the main-thread fallback worker answers like the runner', async () => {
		const w = new LocalWorker();
		const got = new Promise<RunResult>((ok) => {
			w.onmessage = (e) => e.data.type === 'update' && ok(e.data.value as RunResult);
		});
		const params = small(0.75);
		w.postMessage({ type: 'job', id: 1, job: { kind: 'run', params, history: false } });
		expect(numbers(await got)).toEqual(numbers(simulate(params, { history: false })));
		w.terminate();
	});
});
