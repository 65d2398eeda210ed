// The open scenario on the simulator page: its current step, moving between steps, and its goals evaluated against the run.
import { simulate, type RunResult } from '$lib/sim';
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

	/**
	 * The scenario's starting run, for goals measured against it ("+20% on the start"). It uses the
	 * current seed, so the comparison shares the run's random draws (the difference is the levers).
	 */
	reference: RunResult | null = $derived.by(() => {
		const s = this.scenario;
		if (!s || !needsReference(s.goals)) return null;
		return simulate({ ...paramsAt(s, 0), seed: this.#sim.params.seed }, { history: false });
	});

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
