// Turns a run's monthly snapshots into chart series (the charts only read snapshots; they never run the model).
import { LEVELS, type Snapshot } from '$lib/sim';

export interface Series {
	label: string;
	data: number[];
	/** CSS colour or custom property name, e.g. 'var(--level-1)'. */
	color: string;
	/** Draw as a filled stacked area. */
	fill?: boolean;
	dashed?: boolean;
	/** A faint comparison line (e.g. the pinned baseline run), left out of the legend's emphasis. */
	ghost?: boolean;
	/** An uncertainty band drawn around the line (e.g. 5th and 95th percentiles over seeds). */
	band?: { lo: number[]; hi: number[] };
}

export interface ChartData {
	/** X labels: months. */
	labels: number[];
	series: Series[];
	/** Units of the y axis, for the axis title and text alternative. */
	yLabel: string;
	stacked?: boolean;
	/** Month to mark with a vertical line (e.g. the playback position). */
	marker?: number;
}

const months = (m: Snapshot[]) => m.map((s) => s.month);

/** Monthly profit and its parts. */
export function monthlyProfit(m: Snapshot[]): ChartData {
	return {
		labels: months(m),
		yLabel: '¤ per month',
		series: [
			{ label: 'Profit', data: m.map((s) => s.profit), color: 'var(--accent)' },
			{ label: 'Revenue', data: m.map((s) => s.revenue), color: 'var(--good)', dashed: true },
			{ label: 'Costs', data: m.map((s) => s.cost), color: 'var(--bad)', dashed: true }
		]
	};
}

/** Cumulative profit since month 0. */
export function cumulativeProfit(m: Snapshot[]): ChartData {
	return {
		labels: months(m),
		yLabel: '¤ (cumulative)',
		series: [
			{ label: 'Cumulative profit', data: m.map((s) => s.cumulativeProfit), color: 'var(--accent)' }
		]
	};
}

/** Current clients by relationship level, stacked. */
export function clientsByLevel(m: Snapshot[]): ChartData {
	return {
		labels: months(m),
		yLabel: 'current clients',
		stacked: true,
		series: LEVELS.map((level, l) => ({
			label: level.name,
			data: m.map((s) => s.byLevel[l]),
			color: `var(--level-${l})`,
			fill: true
		}))
	};
}
