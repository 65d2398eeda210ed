// `npm run bench [-- --smoke]`: measures every speed figure of the simulator and prints each with its target and PASS or MISS.
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULTS, simulate } from '../src/lib/sim';
import { runToEnd } from '../src/lib/worker/jobs';
import {
	seedList,
	spreadSeeds,
	sweepSeeds,
	sweepValues,
	SWEEP_POINTS
} from '../src/lib/sweeps/plan';
import { median, timeDefaultRun, timeWorkerRun } from './bench/measure';
import { pageScripts } from './bench/bundle';

const smoke = process.argv.includes('--smoke');
const BUILD = resolve('build');

/** Targets of issue 7. */
const TARGET = {
	defaultRunMs: 16,
	throughputRatio: 0.4,
	workerBlockMs: 50,
	inputToRedrawP95Ms: 50,
	pageJsGzipKB: 150
};

let misses = 0;

function line(label: string, value: string, target: string, ok: boolean | null): void {
	const verdict = ok === null ? 'SKIP' : ok ? 'PASS' : 'MISS';
	if (ok === false) misses++;
	console.log(`${label}: ${value} — target ${target} — ${verdict}`);
}

const ms = (v: number) => `${v.toFixed(1)} ms`;
const int = (v: number) => Math.round(v).toLocaleString('en');

async function main(): Promise<void> {
	console.log(
		`Retention Lab bench${smoke ? ' (smoke run: small sizes, figures not meaningful)' : ''} — Node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'})`
	);

	// 1 and 2: the default run, and the bare loop of the same draws, interleaved in this process.
	const d = timeDefaultRun(smoke ? 3 : 41);
	const model = median(d.modelMs);
	const loop = median(d.loopMs);
	line(
		'Default run (10,000 clients, 10 years, full model, Node)',
		`median ${ms(model)} over ${d.runs} runs (fastest ${ms(Math.min(...d.modelMs))})`,
		`≤ ${TARGET.defaultRunMs} ms`,
		model <= TARGET.defaultRunMs
	);
	const ratio = loop / model;
	line(
		'Throughput vs bare draw loop',
		`${(ratio * 100).toFixed(0)}% (model ${ms(model)}, bare loop ${ms(loop)} for the same ${d.drawsPerClientMonth.toFixed(2)} draws × ${int(d.clientMonths)} client-months)`,
		`≥ ${TARGET.throughputRatio * 100}%`,
		ratio >= TARGET.throughputRatio
	);

	// 3: a million clients in a worker thread, the main thread ticking every millisecond meanwhile.
	const big = await timeWorkerRun(smoke ? 20_000 : 1_000_000);
	line(
		`${int(big.clients)} clients × 10 years in a worker`,
		`done in ${(big.totalMs / 1000).toFixed(2)} s (${big.progressMessages} progress messages, ${int(big.result.agents.size)} agents); main thread blocked at most ${ms(big.maxBlockMs)}`,
		`≤ ${TARGET.workerBlockMs} ms blocked`,
		big.maxBlockMs <= TARGET.workerBlockMs
	);

	// 4: Chromium, slider input → charts redrawn (needs build/ and Chromium).
	const hasBuild = existsSync(join(BUILD, 'simulator', 'index.html'));
	if (smoke)
		line(
			'Slider input → charts redrawn (Chromium)',
			'not measured in a smoke run',
			`p95 ≤ ${TARGET.inputToRedrawP95Ms} ms`,
			null
		);
	else if (!hasBuild)
		line(
			'Slider input → charts redrawn (Chromium)',
			'no build/ (run npm run build first)',
			`p95 ≤ ${TARGET.inputToRedrawP95Ms} ms`,
			false
		);
	else {
		const { browserLatency } = await import('./bench/run-browser');
		const lat = await browserLatency(60);
		line(
			'Slider input → charts redrawn (Chromium)',
			`p95 ${ms(lat.p95)}, median ${ms(lat.median)} over ${lat.samples.length} moves`,
			`p95 ≤ ${TARGET.inputToRedrawP95Ms} ms`,
			lat.p95 <= TARGET.inputToRedrawP95Ms
		);
		const parts = Object.entries(lat.byLever)
			.map(([k, f]) => `${k} median ${ms(f.median)} (p95 ${ms(f.p95)})`)
			.join('; ');
		console.log(
			`(info) By lever: ${parts}. The acquisition cost is a price, answered from the run shown: its moves are the page's own part.`
		);
	}

	// 5: the simulator page's JavaScript, gzipped, as built.
	if (!hasBuild)
		line(
			'Simulator page JavaScript (gzipped)',
			'no build/ (run npm run build first)',
			`≤ ${TARGET.pageJsGzipKB} KB`,
			smoke ? null : false
		);
	else {
		const js = pageScripts(BUILD, 'simulator/index.html');
		const kb = js.gzipTotal / 1024;
		line(
			'Simulator page JavaScript (gzipped)',
			`${kb.toFixed(1)} KB in ${js.files.length} files (${(js.bytesTotal / 1024).toFixed(0)} KB before gzip)`,
			`≤ ${TARGET.pageJsGzipKB} KB`,
			kb <= TARGET.pageJsGzipKB
		);
	}

	// For the record (no targets): how long the background work of a default slider move takes in Node.
	const p = { ...DEFAULTS };
	const bandSeeds = smoke ? 5 : spreadSeeds(p);
	const spreadMs = timeOnce(() =>
		runToEnd({ kind: 'spread', params: p, seeds: seedList(p.seed, bandSeeds) })
	);
	const values = sweepValues('retention', p.retention, smoke ? 3 : SWEEP_POINTS);
	const sweepSeedCount = smoke ? 1 : sweepSeeds(p);
	const sweepMs = timeOnce(() =>
		runToEnd({
			kind: 'sweep',
			params: p,
			lever: 'retention',
			values,
			seeds: seedList(p.seed, sweepSeedCount)
		})
	);
	const bare = timeOnce(() => simulate(p, { history: false }));
	console.log(
		`(info) Band of ${bandSeeds} seeds: ${ms(spreadMs)}; retention sweep of ${values.length} values × ${sweepSeedCount} seeds: ${ms(sweepMs)}; one default run without history: ${ms(bare)}`
	);
	console.log(
		misses ? `${misses} figure(s) missed their target.` : 'Every measured figure met its target.'
	);
}

function timeOnce(fn: () => unknown): number {
	const t = performance.now();
	fn();
	return performance.now() - t;
}

main().catch((err) => {
	console.error(err);
	process.exitCode = 1;
});
