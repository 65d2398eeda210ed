// Paints the agent map's marks into a pixel buffer: one colour per client, by level, arrivals dark, departures fading.
import { FADE_MONTHS, type Layout } from './layout';
import type { PopulationAt } from './timeline';

/** An RGB colour, 0–255 per channel. */
export type Rgb = [number, number, number];

/** The colours the map is painted in. */
export interface MapColours {
	bg: Rgb;
	/** Arrivals of the shown month. */
	text: Rgb;
	/** One per relationship level. */
	levels: Rgb[];
}

/** An RGB colour packed as ImageData's 32-bit RGBA (little-endian: 0xAABBGGRR), opaque. */
export function pack(c: Rgb): number {
	return ((255 << 24) | (c[2] << 16) | (c[1] << 8) | c[0]) >>> 0;
}

/** The colour t of the way from b to a. */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
	return [
		Math.round(a[0] * t + b[0] * (1 - t)),
		Math.round(a[1] * t + b[1] * (1 - t)),
		Math.round(a[2] * t + b[2] * (1 - t))
	];
}

/** A CSS colour as RGB, read by painting one pixel of a scratch 2D context. */
export function readColour(ctx: CanvasRenderingContext2D, css: string): Rgb {
	ctx.clearRect(0, 0, 1, 1);
	ctx.fillStyle = '#000';
	ctx.fillStyle = css || '#000';
	ctx.fillRect(0, 0, 1, 1);
	const d = ctx.getImageData(0, 0, 1, 1).data;
	return [d[0], d[1], d[2]];
}

/**
 * Fills `px` (width × height pixels) with the background, then a square mark for every client laid out in
 * `layout`: current clients in their level's colour (this month's arrivals in the text colour), departed
 * ones in their level's colour faded towards the background by how long ago they left.
 */
export function paintMarks(
	px: Uint32Array,
	width: number,
	height: number,
	layout: Layout,
	pop: PopulationAt,
	colours: MapColours
): void {
	px.fill(pack(colours.bg));
	const size = layout.cell - layout.gap;
	const levelColours = colours.levels.map(pack);
	const arrival = pack(colours.text);
	const fades = [0.9, 0.55, 0.3].map((t) => colours.levels.map((c) => pack(mix(c, colours.bg, t))));
	const m = pop.month;
	for (const band of layout.bands) {
		const agents = band.agents;
		for (let k = 0; k < agents.length; k++) {
			const i = agents[k];
			let colour: number;
			if (band.level >= 0)
				colour = m > 0 && pop.joined[i] === m ? arrival : levelColours[pop.level[i]];
			else colour = fades[Math.min(FADE_MONTHS - 1, Math.max(0, m - pop.left[i]))][pop.level[i]];
			const x0 = (k % layout.cols) * layout.cell;
			const y0 = band.top + Math.floor(k / layout.cols) * layout.cell;
			for (let y = y0; y < y0 + size && y < height; y++) {
				const row = y * width;
				for (let x = x0; x < x0 + size; x++) px[row + x] = colour;
			}
		}
	}
}
