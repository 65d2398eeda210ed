// The sweeps tab's state: which lever is swept, and the sweep and sensitivity results the worker sends back.
import type { SimClient } from '$lib/worker/client';
import { backgroundClient } from '$lib/worker';
import { paramsKey } from '$lib/sim/key';
import type { SensitivityResult, Sweep, SweepLever } from '$lib/worker/protocol';
import type { Params } from '$lib/sim';
import { seedList, sensitivityMoves, sweepSeeds, sweepValues } from './plan';

let instances = 0;

export class SweepState {
	/** The lever swept across its range. */
	lever: SweepLever = $state('retention');
	/** The latest sweep (possibly of earlier settings while the new one starts: see `sweepStale`). */
	sweep: Sweep | null = $state.raw(null);
	sensitivity: SensitivityResult | null = $state.raw(null);
	/** True while the sweep shown is for other settings or another lever than the current ones. */
	sweepStale: boolean = $state(false);
	sensitivityStale: boolean = $state(false);
	error: string = $state('');

	readonly #client: SimClient | null;
	readonly #channel: string;
	#sweepKey = '';
	#sensitivityKey = '';

	constructor(client: SimClient | null = backgroundClient()) {
		this.#client = client;
		this.#channel = `sweeps${instances++}`;
	}

	/** Asks for the sweep of `lever` at these settings (a no-op when it is already asked for). */
	askSweep(p: Params, lever: SweepLever): void {
		const key = `${lever}|${paramsKey(p)}`;
		if (!this.#client || key === this.#sweepKey) return;
		this.#sweepKey = key;
		this.sweepStale = this.sweep !== null;
		this.#client.submit(
			`${this.#channel}:sweep`,
			{
				kind: 'sweep',
				params: p,
				lever,
				values: sweepValues(lever, p[lever]),
				seeds: seedList(p.seed, sweepSeeds(p))
			},
			{
				update: (s) => {
					this.sweep = s;
					this.sweepStale = false;
				},
				error: (m) => (this.error = m)
			}
		);
	}

	/** Asks for the lever sensitivity at these settings. */
	askSensitivity(p: Params): void {
		const key = paramsKey(p);
		if (!this.#client || key === this.#sensitivityKey) return;
		this.#sensitivityKey = key;
		this.sensitivityStale = this.sensitivity !== null;
		this.#client.submit(
			`${this.#channel}:sensitivity`,
			{
				kind: 'sensitivity',
				params: p,
				moves: sensitivityMoves(p),
				seeds: seedList(p.seed, sweepSeeds(p))
			},
			{
				update: (s) => {
					this.sensitivity = s;
					this.sensitivityStale = false;
				},
				error: (m) => (this.error = m)
			}
		);
	}

	/** Stops the tab's background work (when the tab closes). */
	destroy(): void {
		this.#client?.cancel(`${this.#channel}:sweep`);
		this.#client?.cancel(`${this.#channel}:sensitivity`);
		this.#sweepKey = '';
		this.#sensitivityKey = '';
	}
}
