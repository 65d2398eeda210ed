// Adds the pinned baseline to a chart as faint dashed "ghost" lines, so a change is drawn against where it started.
import type { Snapshot } from '$lib/sim';
import type { ChartData, Series } from './series';

/** Label suffix of a baseline line. */
export const GHOST_SUFFIX = ' (baseline)';

/**
 * The chart's data with the baseline's matching series added as ghosts. `keep` names the series to
 * ghost (all of them when omitted); the baseline's months are cut or padded to the current run's.
 */
export function withGhost(current: ChartData, base: ChartData | null, keep?: string[]): ChartData {
	if (!base) return current;
	const n = current.labels.length;
	const ghosts: Series[] = base.series
		.filter((s) => !keep || keep.includes(s.label))
		.map((s) => ({
			label: `${s.label}${GHOST_SUFFIX}`,
			data: Array.from({ length: n }, (_, k) => s.data[k] ?? NaN),
			color: s.color,
			ghost: true
		}));
	return { ...current, series: [...current.series, ...ghosts] };
}

/** The baseline's total of current clients, as a ghost line over the stacked clients-by-level chart. */
export function ghostTotalClients(current: ChartData, base: Snapshot[] | null): ChartData {
	if (!base) return current;
	const n = current.labels.length;
	return {
		...current,
		series: [
			...current.series,
			{
				label: `All current clients${GHOST_SUFFIX}`,
				data: Array.from({ length: n }, (_, k) => base[k]?.activeClients ?? NaN),
				color: 'var(--text)',
				ghost: true
			}
		]
	};
}
