// The pinned baseline: the parameters at the moment of pinning and their run, always on the current run's seed (common random numbers).
import type { Params, RunResult } from '$lib/sim';
import { SideRun } from './side-run.svelte';
import type { SimulationState } from './simulation.svelte';

export class BaselineState {
	/** The pinned parameters, or null when nothing is pinned. Its seed always follows the run's seed. */
	params: Params | null = $state(null);
	readonly #sim: SimulationState;

	/** The baseline's run, asked of the background worker (see SideRun). */
	readonly #run = new SideRun('baseline', () => ({
		params: this.params ? { ...this.params, seed: this.#sim.params.seed } : null,
		have: this.#sim.result
	}));

	/**
	 * The baseline's run (null while it computes). It uses the current run's seed, so both runs give the
	 * same clients the same random draws (the engine keys every draw by client, month and purpose): the
	 * difference between them comes from the levers, not from luck. Changing the seed re-runs both on the
	 * new draws. Pinning the run on screen reuses it; any other baseline runs in the background worker.
	 */
	result: RunResult | null = $derived(this.#run.result);
	/** True while the baseline's run is computing. */
	pending: boolean = $derived(this.#run.pending);
	/** A message when the engine failed on the baseline's parameters. */
	error: string = $derived(this.#run.error);

	constructor(sim: SimulationState) {
		this.#sim = sim;
	}

	/** Stops the baseline's background run (when the page goes away). */
	destroy(): void {
		this.#run.destroy();
	}

	get pinned(): boolean {
		return this.params !== null;
	}

	/** Pins the current parameters as the baseline. */
	pin(): void {
		this.params = { ...$state.snapshot(this.#sim.params) };
	}

	clear(): void {
		this.params = null;
	}

	toggle(): void {
		if (this.pinned) this.clear();
		else this.pin();
	}

	/** Sets the baseline from a link (null clears it). */
	set(params: Params | null): void {
		this.params = params ? { ...params, seed: this.#sim.params.seed } : null;
	}
}
