// Turns prepared series into chart.js datasets: lines, stacked areas, ghost baselines and uncertainty bands.
import type { ChartDataset } from 'chart.js';
import type { ChartData } from './series';

/** Resolves a colour (CSS variables allowed) to something the canvas can paint. */
export type ColourResolver = (c: string) => string;

/** A series' values as chart points over the months (chart.js then has nothing to parse: see LineChart). */
function points(xs: number[], ys: number[]): { x: number; y: number }[] {
	const out = new Array<{ x: number; y: number }>(ys.length);
	for (let k = 0; k < ys.length; k++) out[k] = { x: xs[k], y: ys[k] };
	return out;
}

/** Adds transparency to a resolved colour. */
function fade(c: string, alpha: number): string {
	return `color-mix(in srgb, ${c} ${Math.round(alpha * 100)}%, transparent)`;
}

export function toDatasets(
	d: ChartData,
	colour: ColourResolver,
	lineWidth: number
): ChartDataset<'line'>[] {
	const out: ChartDataset<'line'>[] = [];
	/** The last filled area's dataset: the next area fills down to it (the first fills to zero). */
	let below = -1;
	for (const s of d.series) {
		const c = colour(s.color);
		if (s.band) {
			out.push(
				{
					label: `${s.label} 5%`,
					data: points(d.labels, s.band.lo),
					borderWidth: 0,
					pointRadius: 0,
					fill: false,
					borderColor: 'transparent'
				},
				{
					label: `${s.label} 5–95%`,
					data: points(d.labels, s.band.hi),
					borderWidth: 0,
					pointRadius: 0,
					fill: '-1',
					borderColor: 'transparent',
					backgroundColor: fade(c, 0.18)
				}
			);
		}
		// Each stacked area fills down to the area below it: the same picture as chart.js's 'stack' fill,
		// without rebuilding the lines below at every update.
		const fill = s.fill ? (below < 0 ? 'origin' : below) : false;
		if (s.fill) below = out.length;
		out.push({
			label: s.label,
			data: points(d.labels, s.data),
			borderColor: s.ghost ? fade(c, 0.45) : c,
			backgroundColor: s.fill ? c : c,
			borderWidth: s.fill ? 0 : s.ghost ? Math.max(1, lineWidth - 0.5) : lineWidth,
			borderDash: s.dashed || s.ghost ? [6, 4] : undefined,
			pointRadius: 0,
			fill,
			// Ghost lines stack on their own (a baseline total over a stacked chart sits at its own height)
			// and are drawn last, so filled areas never hide them.
			stack: s.ghost ? 'ghost' : undefined,
			order: s.ghost ? -1 : undefined,
			tension: 0
		});
	}
	return out;
}
