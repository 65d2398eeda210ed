// A live figure's control values: what the sliders show at once, and what the run uses (at most once a frame).
export class LiveValues<T extends Record<string, number>> {
	/** The values the controls show, updated on every input event. */
	shown = $state() as T;
	/** The values the figure's run reads; follows `shown` on the next animation frame, so a drag never queues runs. */
	used: T = $state.raw() as T;
	#pending = false;

	constructor(initial: T) {
		this.shown = { ...initial };
		this.used = { ...initial };
	}

	set(key: keyof T, value: number): void {
		(this.shown as Record<keyof T, number>)[key] = value;
		if (this.#pending) return;
		this.#pending = true;
		requestAnimationFrame(() => {
			this.#pending = false;
			this.used = { ...this.shown };
		});
	}
}
