// Number formatting for the live figures' readouts and axes: money in ¤, percents, counts.

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

/** ¤ amount, compact when large: ¤12.3K, −¤450. */
export function money(v: number): string {
	const a = Math.abs(v);
	return `${v < 0 ? '−' : ''}¤${a >= 10_000 ? compact.format(a) : whole.format(a)}`;
}

/** A fraction as a percent: 0.8 → "80%". */
export function pct(v: number, digits = 0): string {
	if (!Number.isFinite(v)) return '–';
	return `${(v * 100).toFixed(digits)}%`;
}

/** A signed percent change from a ratio − 1: +43%, −5%. */
export function change(ratio: number): string {
	if (!Number.isFinite(ratio)) return '–';
	const p = ratio * 100;
	return `${p >= 0 ? '+' : '−'}${Math.abs(p).toFixed(Math.abs(p) < 10 ? 1 : 0)}%`;
}

/** A count: 12,345. */
export function count(v: number): string {
	return whole.format(v);
}
