// Runs the model for a whole horizon and returns plain records: the entry point for the page, the CLI and the tests.
import { Model } from './model';
import { makeRng, type Rng } from './rng';
import { MODEL_VERSION, type Params } from './schema';
import type { RunResult, Snapshot } from './record';
import { summarise } from './metrics';

export interface SimOptions {
	/** Keep the per-client event log (on by default; off saves memory for very large runs). */
	history?: boolean;
	/** The run's generator; by default made from params.seed. */
	rng?: Rng;
	/** Called after each month (for progress or cancellation); return false to stop early. */
	onMonth?: (snapshot: Snapshot) => boolean | void;
}

/** Simulates `params.years` years of the broker's client population, month by month. */
export function simulate(params: Params, options: SimOptions = {}): RunResult {
	const rng = options.rng ?? makeRng(params.seed);
	const runKey = Math.floor(rng() * 4294967296) >>> 0;
	const model = new Model(params, runKey, options.history ?? true);
	const startClients = model.current.length;
	const monthly: Snapshot[] = [];
	const months = Math.round(params.years * 12);
	for (let m = 0; m < months; m++) {
		const snap = model.step();
		monthly.push(snap);
		if (options.onMonth?.(snap) === false) break;
	}
	// The result views the model's own arrays (no copies: the model is dropped after the run).
	const pop = model.pop;
	const n = pop.size;
	return {
		params: { ...params },
		modelVersion: MODEL_VERSION,
		summary: summarise(model, monthly, startClients),
		monthly,
		agents: {
			size: n,
			stage: pop.stage.subarray(0, n),
			level: pop.level.subarray(0, n),
			products: pop.products.subarray(0, n),
			origin: pop.origin.subarray(0, n),
			reason: pop.reason.subarray(0, n),
			value: pop.value.subarray(0, n),
			joined: pop.joined.subarray(0, n),
			left: pop.left.subarray(0, n),
			referrer: pop.referrer.subarray(0, n)
		},
		events: model.log ? model.log.used() : new Int32Array(0)
	};
}
