// Playback of a run: play, pause, step a month, speed and the scrubber; it writes the shown month to `view.month` (0 = the end of the run).
import { view } from './view.svelte';

/** Playback speeds, in months per second. */
export const SPEEDS = [1, 2, 4, 8, 16] as const;

export class Playback {
	/** Months in the current run. */
	months: number = $state(120);
	playing: boolean = $state(false);
	/** Months per second while playing. */
	speed: number = $state(4);
	private frame = 0;
	private last = 0;
	private carry = 0;

	/** The month shown, 1 … months (view.month 0 means "the end"). */
	get month(): number {
		const m = view.month;
		return m <= 0 || m > this.months ? this.months : m;
	}

	/** Sets the number of months of the run (when the run changes), keeping the shown month in range. */
	setMonths(n: number): void {
		this.months = Math.max(1, n);
		if (view.month > this.months) view.month = this.months;
	}

	seek(month: number): void {
		const m = Math.max(1, Math.min(this.months, Math.round(month)));
		view.month = m;
	}

	step(delta = 1): void {
		this.pause();
		this.seek(this.month + delta);
	}

	play(): void {
		if (this.playing || typeof requestAnimationFrame === 'undefined') return;
		// Playing from the end starts again from the first month.
		if (this.month >= this.months) view.month = 1;
		else view.month = this.month;
		this.playing = true;
		this.last = 0;
		this.carry = 0;
		this.frame = requestAnimationFrame(this.tick);
	}

	pause(): void {
		this.playing = false;
		if (this.frame) cancelAnimationFrame(this.frame);
		this.frame = 0;
	}

	toggle(): void {
		if (this.playing) this.pause();
		else this.play();
	}

	/** Back to the whole run: stops and shows the end. */
	reset(): void {
		this.pause();
		view.month = 0;
	}

	private tick = (now: number): void => {
		if (!this.playing) return;
		if (this.last) this.carry += ((now - this.last) / 1000) * this.speed;
		this.last = now;
		const whole = Math.floor(this.carry);
		if (whole > 0) {
			this.carry -= whole;
			const next = this.month + whole;
			if (next >= this.months) {
				view.month = this.months;
				this.pause();
				return;
			}
			view.month = next;
		}
		this.frame = requestAnimationFrame(this.tick);
	};
}

/** The page's one playback. */
export const playback = new Playback();
