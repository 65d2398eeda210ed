// The simulator page's state: the parameters the user has set and the run they produce.
import { DEFAULTS, simulate, type ParamKey, type Params, type RunResult } from '$lib/sim';

export class SimulationState {
	/** Current parameter values (always valid: sliders and links are checked against the schema). */
	params: Params = $state({ ...DEFAULTS });
	/** The run for the current parameters; recomputed whenever a parameter changes. */
	result: RunResult = $derived(simulate(this.params, { history: this.params.clients <= 200_000 }));

	constructor(initial: Partial<Params> = {}) {
		this.params = { ...DEFAULTS, ...initial };
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
