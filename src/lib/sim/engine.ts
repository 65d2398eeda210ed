// Runs the model for a whole horizon and returns plain records: the entry point for the page, the CLI and the tests.
import { Model } from './model';
import { makeRng, type Rng } from './rng';
import { MODEL_VERSION, type Params } from './schema';
import type { RunResult, Snapshot } from './record';
import { currentRevenues, summarise, topShare } from './metrics';

export interface SimOptions {
	/** Keep the per-client event log (on by default; off saves memory for very large runs). */
	history?: boolean;
	/** The run's generator; by default made from params.seed. */
	rng?: Rng;
	/** Called after each month (for progress or cancellation); return false to stop early. */
	onMonth?: (snapshot: Snapshot) => boolean | void;
}

/**
 * One run in progress: made with its parameters, moved on a number of months at a time, and read as a
 * result at the end. Background work runs a few months per task, so a newer request can stop it in between.
 */
export class Run {
	readonly #model: Model;
	readonly #params: Params;
	readonly #onMonth: SimOptions['onMonth'];
	readonly #startClients: number;
	readonly #months: number;
	readonly #monthly: Snapshot[] = [];
	#stopped = false;

	constructor(params: Params, options: SimOptions = {}) {
		const rng = options.rng ?? makeRng(params.seed);
		const runKey = Math.floor(rng() * 4294967296) >>> 0;
		this.#params = params;
		this.#onMonth = options.onMonth;
		this.#model = new Model(params, runKey, options.history ?? true);
		this.#startClients = this.#model.current.length;
		this.#months = Math.round(params.years * 12);
	}

	/** True once every month is simulated (or onMonth stopped the run). */
	get done(): boolean {
		return this.#stopped || this.#monthly.length >= this.#months;
	}

	/** Simulates up to `count` more months; returns whether the run is done. */
	advance(count = Infinity): boolean {
		for (let m = 0; m < count && !this.done; m++) {
			const snap = this.#model.step();
			this.#monthly.push(snap);
			if (this.#onMonth?.(snap) === false) this.#stopped = true;
		}
		return this.done;
	}

	/** The run's records so far (the whole run once done). */
	result(): RunResult {
		// The result views the model's own arrays (no copies: the model is dropped after the run).
		const model = this.#model;
		const pop = model.pop;
		const n = pop.size;
		return {
			params: { ...this.#params },
			modelVersion: MODEL_VERSION,
			summary: summarise(
				this.#monthly,
				this.#startClients,
				model.r.monthlyDiscount,
				topShare(currentRevenues(model))
			),
			monthly: this.#monthly,
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
}

/** Simulates `params.years` years of the broker's client population, month by month. */
export function simulate(params: Params, options: SimOptions = {}): RunResult {
	const run = new Run(params, options);
	run.advance();
	return run.result();
}
