// The open scenario on the simulator page: its current step, moving between steps, and its goals evaluated against the run.
import type { RunResult } from '$lib/sim';
import { SideRun } from '$lib/state/side-run.svelte';
import type { SimulationState } from '$lib/state/simulation.svelte';
import type { ViewState } from '$lib/state/view.svelte';
import { progress } from '$lib/state/progress.svelte';
import { scenarioById, type LoadedScenario } from './index';
import { evaluateGoal, needsReference, type GoalResult } from './goals';
import { paramsAt, stepCount } from './schema';

export class ScenarioSession {
	readonly #sim: SimulationState;
	readonly #view: ViewState;

	/** The open scenario, or undefined when none is. */
	scenario: LoadedScenario | undefined = $derived.by(() => scenarioById(this.#view.scenario));
	/** Number of steps of the open scenario's story. */
	steps: number = $derived(this.scenario ? stepCount(this.scenario) : 0);
	/** The current step, from 0 (kept inside the story). */
	step: number = $derived.by(() =>
		Math.min(Math.max(0, this.#view.step), Math.max(0, this.steps - 1))
	);

	/** The scenario's starting run, asked of the background worker (see SideRun). */
	readonly #start = new SideRun('scenario-start', () => {
		const s = this.scenario;
		return {
			params:
				s && needsReference(s.goals) ? { ...paramsAt(s, 0), seed: this.#sim.params.seed } : null,
			have: this.#sim.result
		};
	});

	/**
	 * The scenario's starting run, for goals measured against it ("+20% on the start"); null while it
	 * computes (in the background worker) and when no goal needs it. It uses the current seed, so the
	 * comparison shares the run's random draws (the difference is the levers).
	 */
	reference: RunResult | null = $derived(this.#start.result);
	/** True while the starting run that goals are measured against is computing. */
	pending: boolean = $derived(this.#start.pending);

	/** Each goal checked against the current run. */
	results: GoalResult[] = $derived.by(() => {
		const s = this.scenario;
		if (!s) return [];
		const run = this.#sim.result;
		const ctx = { start: paramsAt(s, 0), reference: this.reference };
		return s.goals.map((g) => evaluateGoal(g, run, ctx));
	});

	constructor(sim: SimulationState, view: ViewState) {
		this.#sim = sim;
		this.#view = view;
	}

	/** Stops the starting run's background work (when the page goes away). */
	destroy(): void {
		this.#start.destroy();
	}

	/** Goes to a step: sets its parameters (the scenario's, then each step's up to this one). */
	goTo(step: number): void {
		const s = this.scenario;
		if (!s) return;
		const k = Math.min(Math.max(0, Math.round(step)), stepCount(s) - 1);
		this.#view.step = k;
		this.#sim.params = paramsAt(s, k);
		progress.reachStep(s.id, k);
	}

	next(): void {
		if (this.step < this.steps - 1) this.goTo(this.step + 1);
	}

	previous(): void {
		if (this.step > 0) this.goTo(this.step - 1);
	}

	/** Opens a scenario at its first step. */
	open(id: string): void {
		this.#view.scenario = id;
		this.goTo(0);
	}

	close(): void {
		this.#view.scenario = '';
		this.#view.step = 0;
	}
}
