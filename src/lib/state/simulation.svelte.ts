// The simulator page's state: the parameters the user has set, the run they produce (computed in a Web Worker in the browser) and its spread over seeds.
import { browser } from '$app/environment';
import { untrack } from 'svelte';
import {
	DEFAULTS,
	MODEL_VERSION,
	PARAM_KEYS,
	simulate,
	type ParamKey,
	type Params,
	type RunResult
} from '$lib/sim';
import { backgroundClient, simClient, type SimClient } from '$lib/worker';
import { pricesOnly, reprice } from '$lib/sim/reprice';
import { paramsKey } from '$lib/sim/key';
import type { Spread } from '$lib/worker/protocol';
import { clientMonths, seedList, spreadSeeds } from '$lib/sweeps/plan';

/** Whether a run keeps the per-client history (the agent view needs it): up to 200,000 clients. */
export function keepsHistory(p: Params): boolean {
	return p.clients <= 200_000;
}

/** Runs up to this size (client-months) are computed at once on the main thread when the page opens. */
const START_AT_ONCE = 3_000_000;

let instances = 0;

export class SimulationState {
	/** Current parameter values (always valid: sliders and links are checked against the schema). */
	params: Params = $state({ ...DEFAULTS });
	/** The last run that arrived (browser): the first seed of the newest parameters it has answered. */
	#shown: RunResult | null = $state.raw(null);
	/**
	 * The run shown. During prerendering it is computed at once; in the browser it comes from the worker,
	 * so right after a change it is still the previous run until the new one arrives (see `pending`).
	 */
	result: RunResult = $derived.by(() =>
		this.#client
			? (this.#shown ?? emptyRun(this.params))
			: simulate(this.params, { history: keepsHistory(this.params) })
	);
	/** The same parameters over several seeds (median and 5–95% band), filled in the background; null until ready. */
	spread: Spread | null = $state.raw(null);
	/** Share of a long run done (0–1) while one is computing, else null. */
	progress: number | null = $state(null);
	/** Runs shown so far: changes each time a new result arrives (the end-to-end tests wait on it). */
	runs: number = $state(0);
	/** A message when the engine failed on these parameters. */
	error: string = $state('');

	readonly #client: SimClient | null;
	readonly #background: SimClient | null;
	readonly #channel: string;
	#stop: (() => void) | null = null;
	#asked = '';

	constructor(initial: Partial<Params> = {}) {
		this.params = { ...DEFAULTS, ...initial };
		this.#channel = `sim${instances++}`;
		this.#client = browser ? simClient() : null;
		this.#background = browser ? backgroundClient() : null;
		if (!this.#client) return;
		const first = this.#read();
		if (clientMonths(first) <= START_AT_ONCE) {
			this.#shown = simulate(first, { history: keepsHistory(first) });
			this.runs = 1;
		}
		this.#stop = $effect.root(() => {
			$effect(() => {
				const p = this.#read();
				untrack(() => this.#ask(p));
			});
		});
	}

	/** True while the result shown is not yet the run of the current parameters. */
	pending: boolean = $derived.by(
		() => !this.#shown || paramsKey(this.#shown.params) !== paramsKey(this.#read())
	);

	/** Stops the background work (when the page goes away). */
	destroy(): void {
		this.#stop?.();
		this.#stop = null;
		this.#asked = '';
		this.#client?.cancel(`${this.#channel}:run`);
		this.#background?.cancel(`${this.#channel}:spread`);
	}

	/** A plain copy of the parameters, reading (and so tracking) every one. */
	#read(): Params {
		const p = {} as Params;
		for (const k of PARAM_KEYS) p[k] = this.params[k];
		return p;
	}

	/**
	 * Asks the worker for the first seed's run (unless it is shown already); once it is in, asks the
	 * background worker for the spread over seeds.
	 */
	#ask(p: Params): void {
		const client = this.#client;
		const key = paramsKey(p);
		if (!client || key === this.#asked) return;
		this.#asked = key;
		this.spread = null;
		this.error = '';
		this.#background?.cancel(`${this.#channel}:spread`);
		const run = `${this.#channel}:run`;
		if (this.#shown && paramsKey(this.#shown.params) === key) {
			client.cancel(run);
			this.#askSpread(p);
			return;
		}
		// Prices alone changed (acquisition cost, fixed costs, discount rate): the clients do what they did in
		// the run shown, so its money is worked out again at once, with the numbers a new run would give.
		if (this.#shown && pricesOnly(this.#shown.params, p)) {
			client.cancel(run);
			this.#shown = reprice(this.#shown, p);
			this.progress = null;
			this.runs++;
			afterPaint(() => {
				if (this.#asked === key) this.#askSpread(p);
			});
			return;
		}
		this.progress = null;
		client.submit(
			run,
			{ kind: 'run', params: p, history: keepsHistory(p) },
			{
				update: (r) => {
					this.#shown = r;
					this.progress = null;
					this.runs++;
					// The band starts once this run is on screen, so its seeds do not compete with the drawing.
					afterPaint(() => {
						if (this.#asked === key) this.#askSpread(p);
					});
				},
				progress: (done, total) => (this.progress = done / total),
				error: (m) => (this.error = m)
			}
		);
	}

	/** Runs the same parameters over further seeds in the background: the median line and 5–95% band. */
	#askSpread(p: Params): void {
		const seeds = spreadSeeds(p);
		if (!this.#background || seeds === 0) return;
		this.#background.submit(
			`${this.#channel}:spread`,
			{ kind: 'spread', params: p, seeds: seedList(p.seed, seeds) },
			{ update: (s) => (this.spread = s) }
		);
	}

	set(key: ParamKey, value: number): void {
		this.params[key] = value;
	}

	/** Back to every default. */
	reset(): void {
		this.params = { ...DEFAULTS };
	}

	/** True when every parameter is at its default. */
	get atDefaults(): boolean {
		return (Object.keys(DEFAULTS) as ParamKey[]).every((k) => this.params[k] === DEFAULTS[k]);
	}
}

/** Calls `fn` once the next frame has been painted (at once where there are no frames to wait for). */
function afterPaint(fn: () => void): void {
	if (typeof requestAnimationFrame === 'undefined') fn();
	else requestAnimationFrame(() => setTimeout(fn, 0));
}

/** A run with no months, shown only while the first run of a large link is computing. */
function emptyRun(params: Params): RunResult {
	const n = params.clients;
	return {
		params: { ...params },
		modelVersion: MODEL_VERSION,
		summary: {
			cumulativeProfit: 0,
			discountedProfit: 0,
			totalRevenue: 0,
			totalCost: 0,
			activeClientsStart: n,
			activeClientsEnd: n,
			acquiredTotal: 0,
			referredTotal: 0,
			lostTotal: 0,
			annualChurn: 0,
			averageLifetimeValue: 0,
			top20Share: 0,
			referralShare: 0
		},
		monthly: [],
		agents: {
			size: 0,
			stage: new Uint8Array(0),
			level: new Uint8Array(0),
			products: new Uint8Array(0),
			origin: new Uint8Array(0),
			reason: new Uint8Array(0),
			value: new Float32Array(0),
			joined: new Int16Array(0),
			left: new Int16Array(0),
			referrer: new Int32Array(0)
		},
		events: new Int32Array(0)
	};
}
