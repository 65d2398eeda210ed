// Exercise progress kept in the browser (localStorage): the goals each scenario has met, and the step reached; no account.
import * as v from 'valibot';

const STORAGE_KEY = 'retention-lab:progress:v1';

const MetSchema = v.object({ figure: v.pipe(v.string(), v.maxLength(200)), at: v.string() });
const ScenarioSchema = v.object({
	step: v.pipe(v.number(), v.integer(), v.minValue(0)),
	met: v.record(v.string(), MetSchema)
});
const StoreSchema = v.record(v.string(), ScenarioSchema);

export type GoalRecord = v.InferOutput<typeof MetSchema>;
export type ScenarioProgress = v.InferOutput<typeof ScenarioSchema>;

/** localStorage, or null where the browser refuses it (private mode, storage disabled, on the server). */
function storage(): Storage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

export class ProgressState {
	/** Progress per scenario id. */
	data: Record<string, ScenarioProgress> = $state({});
	/** False when progress cannot be saved (private mode, quota full): the page says so. */
	saving: boolean = $state(true);
	#loaded = false;

	/** Reads saved progress (once; call in the browser, e.g. in onMount). Bad or foreign data is dropped. */
	load(): void {
		if (this.#loaded) return;
		this.#loaded = true;
		const s = storage();
		if (!s) {
			this.saving = false;
			return;
		}
		try {
			const raw = s.getItem(STORAGE_KEY);
			if (!raw) return;
			const r = v.safeParse(StoreSchema, JSON.parse(raw));
			if (r.success) this.data = r.output;
		} catch {
			// Unreadable progress is treated as none; it is overwritten on the next save.
		}
	}

	#save(): void {
		const s = storage();
		if (!s) {
			this.saving = false;
			return;
		}
		try {
			s.setItem(STORAGE_KEY, JSON.stringify($state.snapshot(this.data)));
			this.saving = true;
		} catch {
			this.saving = false;
		}
	}

	#entry(scenario: string): ScenarioProgress {
		this.data[scenario] ??= { step: 0, met: {} };
		return this.data[scenario];
	}

	/** Records a goal as met with its figure (kept until reset, even if later changes undo it). */
	markMet(scenario: string, goal: string, figure: string): void {
		const e = this.#entry(scenario);
		if (e.met[goal]) return;
		e.met[goal] = { figure, at: new Date().toISOString() };
		this.#save();
	}

	/** Remembers the furthest step reached. */
	reachStep(scenario: string, step: number): void {
		const e = this.#entry(scenario);
		if (step <= e.step) return;
		e.step = step;
		this.#save();
	}

	isMet(scenario: string, goal: string): boolean {
		return Boolean(this.data[scenario]?.met[goal]);
	}

	metCount(scenario: string): number {
		return Object.keys(this.data[scenario]?.met ?? {}).length;
	}

	/** Forgets one scenario's progress. */
	reset(scenario: string): void {
		delete this.data[scenario];
		this.#save();
	}
}

/** The site's one progress store (shared by the scenarios list and the simulator). */
export const progress = new ProgressState();
