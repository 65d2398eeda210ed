// The pinned baseline: the parameters at the moment of pinning and their run, always on the current run's seed (common random numbers).
import { simulate, type Params, type RunResult } from '$lib/sim';
import type { SimulationState } from './simulation.svelte';

export class BaselineState {
	/** The pinned parameters, or null when nothing is pinned. Its seed always follows the run's seed. */
	params: Params | null = $state(null);
	readonly #sim: SimulationState;

	/**
	 * The baseline's run. It uses the current run's seed, so both runs give the same clients the same
	 * random draws (the engine keys every draw by client, month and purpose): the difference between
	 * them comes from the levers, not from luck. Changing the seed re-runs both on the new draws.
	 */
	result: RunResult | null = $derived.by(() => {
		const p = this.params;
		if (!p) return null;
		return simulate({ ...p, seed: this.#sim.params.seed }, { history: false });
	});

	constructor(sim: SimulationState) {
		this.#sim = sim;
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
