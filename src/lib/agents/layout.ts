// Where each client's mark goes in the agent view: one band per relationship level plus a band of recent departures, marks in a grid, and the reverse (which client is at a point).
import { LEVELS } from '$lib/sim';
import { STATUS, type PopulationAt } from './timeline';

/** How many months a departed client stays visible (fading) in the "left" band. */
export const FADE_MONTHS = 3;

export interface Band {
	/** 0–3 for a level's current clients, −1 for clients who left recently. */
	level: number;
	title: string;
	/** Agents in the band, in drawing order. */
	agents: Int32Array;
	/** Top of the band's label row and of its first row of marks, in pixels. */
	labelTop: number;
	top: number;
	rows: number;
}

export interface Layout {
	width: number;
	height: number;
	/** Side of one grid cell, in pixels (the mark is the cell minus `gap`). */
	cell: number;
	gap: number;
	cols: number;
	labelHeight: number;
	bands: Band[];
}

/**
 * Chooses the cell size for a run once (so marks keep their size while the run plays): the largest
 * cell, up to `maxCell`, at which `maxMarks` marks fit `width` × `markHeight` pixels.
 */
export function chooseCell(
	width: number,
	markHeight: number,
	maxMarks: number,
	maxCell: number
): number {
	const n = Math.max(1, maxMarks);
	let cell = Math.max(1, Math.min(maxCell, Math.floor(Math.sqrt((width * markHeight) / n))));
	while (cell > 1 && Math.ceil(n / Math.floor(width / cell)) * cell > markHeight) cell--;
	return cell;
}

/** Recently departed clients (left in the shown month or the FADE_MONTHS − 1 before), most recent last. */
export function recentDepartures(pop: PopulationAt): Int32Array {
	const out: number[] = [];
	const from = pop.month - FADE_MONTHS + 1;
	for (let i = 0; i < pop.status.length; i++) {
		if (
			pop.status[i] === STATUS.lost &&
			pop.left[i] >= from &&
			pop.left[i] <= pop.month &&
			pop.month > 0
		)
			out.push(i);
	}
	out.sort((a, b) => pop.left[a] - pop.left[b] || a - b);
	return Int32Array.from(out);
}

/** Lays out the bands for one month: the four levels (transactional first) then the recent departures. */
export function layoutBands(
	pop: PopulationAt,
	departed: Int32Array,
	width: number,
	cell: number,
	labelHeight: number
): Layout {
	const cols = Math.max(1, Math.floor(width / cell));
	const groups: Int32Array[] = LEVELS.map((_, l) => new Int32Array(pop.byLevel[l]));
	const fill = [0, 0, 0, 0];
	for (let k = 0; k < pop.current.length; k++) {
		const i = pop.current[k];
		const l = pop.level[i];
		groups[l][fill[l]++] = i;
	}
	// Longest-standing clients first, this month's arrivals last: a client keeps its place as others come and go.
	const joined = pop.joined;
	for (const g of groups) g.sort((a, b) => joined[a] - joined[b] || a - b);
	const bands: Band[] = [];
	let y = 0;
	const add = (level: number, title: string, agents: Int32Array) => {
		const rows = Math.max(1, Math.ceil(agents.length / cols));
		bands.push({ level, title, agents, labelTop: y, top: y + labelHeight, rows });
		y += labelHeight + rows * cell + Math.round(cell / 2);
	};
	LEVELS.forEach((spec, l) => add(l, spec.name, groups[l]));
	add(-1, `Left in the last ${FADE_MONTHS} months`, departed);
	return { width, height: y, cell, gap: cell >= 3 ? 1 : 0, cols, labelHeight, bands };
}

/** Top-left pixel of the k-th mark of a band. */
export function markAt(layout: Layout, band: Band, k: number): { x: number; y: number } {
	return {
		x: (k % layout.cols) * layout.cell,
		y: band.top + Math.floor(k / layout.cols) * layout.cell
	};
}

/** The agent whose mark is under (x, y), with its band and position, or null. */
export function hitTest(
	layout: Layout,
	x: number,
	y: number
): { agent: number; band: number; index: number } | null {
	const col = Math.floor(x / layout.cell);
	if (col < 0 || col >= layout.cols) return null;
	for (let b = 0; b < layout.bands.length; b++) {
		const band = layout.bands[b];
		if (y < band.top || y >= band.top + band.rows * layout.cell) continue;
		const index = Math.floor((y - band.top) / layout.cell) * layout.cols + col;
		if (index < band.agents.length) return { agent: band.agents[index], band: b, index };
		return null;
	}
	return null;
}

/** Finds an agent's band and position in a layout, or null when it is not drawn. */
export function locate(layout: Layout, agent: number): { band: number; index: number } | null {
	for (let b = 0; b < layout.bands.length; b++) {
		const index = layout.bands[b].agents.indexOf(agent);
		if (index >= 0) return { band: b, index };
	}
	return null;
}

/**
 * Keyboard movement in the grid: ←/→ step one mark, ↑/↓ one row (crossing into the next band at the
 * edges), Home/End the band's first or last mark. Returns the new position, or the same one at an edge.
 */
export function move(
	layout: Layout,
	at: { band: number; index: number },
	key: string
): { band: number; index: number } {
	const { bands, cols } = layout;
	const nonEmpty = (b: number) => bands[b] && bands[b].agents.length > 0;
	let { band, index } = at;
	const len = bands[band].agents.length;
	switch (key) {
		case 'ArrowRight':
			if (index + 1 < len) return { band, index: index + 1 };
			for (let b = band + 1; b < bands.length; b++) if (nonEmpty(b)) return { band: b, index: 0 };
			return at;
		case 'ArrowLeft':
			if (index > 0) return { band, index: index - 1 };
			for (let b = band - 1; b >= 0; b--)
				if (nonEmpty(b)) return { band: b, index: bands[b].agents.length - 1 };
			return at;
		case 'ArrowDown':
			if (index + cols < len) return { band, index: index + cols };
			if (Math.floor(index / cols) < Math.floor((len - 1) / cols)) return { band, index: len - 1 };
			for (let b = band + 1; b < bands.length; b++)
				if (nonEmpty(b))
					return { band: b, index: Math.min(index % cols, bands[b].agents.length - 1) };
			return at;
		case 'ArrowUp':
			if (index - cols >= 0) return { band, index: index - cols };
			for (let b = band - 1; b >= 0; b--) {
				if (!nonEmpty(b)) continue;
				const n = bands[b].agents.length;
				const lastRow = Math.floor((n - 1) / cols);
				return { band: b, index: Math.min(lastRow * cols + (index % cols), n - 1) };
			}
			return at;
		case 'Home':
			return { band, index: 0 };
		case 'End':
			return { band, index: Math.max(0, len - 1) };
	}
	band = Math.max(0, Math.min(bands.length - 1, band));
	return { band, index };
}
