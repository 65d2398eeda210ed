// Percentiles over seeds, means and the optimum of a curve: the small statistics the bands, sweeps and sensitivity share.

/** The q-quantile (0–1) of values sorted ascending, interpolating linearly between order statistics. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
	const n = sorted.length;
	if (n === 0) return NaN;
	if (n === 1) return sorted[0];
	const h = (n - 1) * q;
	const lo = Math.floor(h);
	const hi = Math.min(n - 1, lo + 1);
	return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Median and 5th and 95th percentiles of a list of values. */
export function range(values: ArrayLike<number>): { median: number; lo: number; hi: number } {
	const sorted = Float64Array.from(values).sort();
	return {
		median: quantileSorted(sorted, 0.5),
		lo: quantileSorted(sorted, 0.05),
		hi: quantileSorted(sorted, 0.95)
	};
}

/**
 * Median and 5–95% band at each point of `points` series, from rows[seed][point] (ragged rows allowed:
 * a point uses the seeds that reached it).
 */
export function bandOf(
	rows: ArrayLike<number>[],
	points: number
): {
	median: number[];
	lo: number[];
	hi: number[];
} {
	const median: number[] = new Array(points);
	const lo: number[] = new Array(points);
	const hi: number[] = new Array(points);
	const column = new Float64Array(rows.length);
	for (let p = 0; p < points; p++) {
		let n = 0;
		for (const row of rows) if (p < row.length) column[n++] = row[p];
		const sorted = column.subarray(0, n).sort();
		median[p] = quantileSorted(sorted, 0.5);
		lo[p] = quantileSorted(sorted, 0.05);
		hi[p] = quantileSorted(sorted, 0.95);
	}
	return { median, lo, hi };
}

/** Mean of a list of values. */
export function mean(values: ArrayLike<number>): number {
	let s = 0;
	for (let k = 0; k < values.length; k++) s += values[k];
	return values.length ? s / values.length : NaN;
}

/**
 * The point with the highest median profit, and whether it is an optimum: inside the range, with lower
 * profit on both sides. At an end of the range there is no optimum: profit keeps rising that way.
 */
export function findOptimum(
	values: number[],
	median: number[]
): { best: { value: number; profit: number }; optimum: { value: number; profit: number } | null } {
	let k = 0;
	for (let j = 1; j < median.length; j++) if (median[j] > median[k]) k = j;
	const best = { value: values[k], profit: median[k] };
	const inside = k > 0 && k < values.length - 1;
	return { best, optimum: inside ? best : null };
}
