// How the live figures call the engine: small, fast runs of the same model the simulator uses.
import { simulate, withDefaults, type Params, type RunResult, type Snapshot } from '../sim';

/** Starting clients and years of a figure's run: small enough to redraw within a frame or two. */
export const FIGURE_CLIENTS = 1500;
export const FIGURE_YEARS = 5;

/** One run with the defaults, the figure's size, and the given overrides. */
export function run(overrides: Partial<Params> = {}, history = false): RunResult {
	return simulate(withDefaults({ clients: FIGURE_CLIENTS, years: FIGURE_YEARS, ...overrides }), {
		history
	});
}

/** Every third month of a run, as chart labels and the picked value (keeps charts and their tables short). */
export function quarterly(
	monthly: Snapshot[],
	pick: (s: Snapshot) => number
): { labels: number[]; data: number[] } {
	const rows = monthly.filter((s) => s.month % 3 === 0);
	return { labels: rows.map((s) => s.month), data: rows.map(pick) };
}
