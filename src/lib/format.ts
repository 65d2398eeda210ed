// Number formatting for the page: money in ¤, percents, counts, and a parameter's value as its schema says.
import type { ParamSpec } from './sim';

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

/** ¤ amount, compact for large values: ¤12.3M. */
export function money(v: number): string {
	const sign = v < 0 ? '−' : '';
	const a = Math.abs(v);
	return `${sign}¤${a >= 100_000 ? compact.format(a) : whole.format(a)}`;
}

/** A fraction as a percent: 0.8 → "80%". */
export function percent(v: number, digits = 0): string {
	return `${(v * 100).toFixed(digits)}%`;
}

/** A count of clients: 12,345. */
export function count(v: number): string {
	return whole.format(v);
}

/** A signed relative change: +43% / −5%. */
export function change(ratio: number): string {
	const pct = ratio * 100;
	const digits = Math.abs(pct) < 10 ? 1 : 0;
	return `${pct >= 0 ? '+' : '−'}${Math.abs(pct).toFixed(digits)}%`;
}

/** A parameter value as the schema says to show it. */
export function paramValue(spec: ParamSpec, v: number): string {
	switch (spec.format) {
		case 'percent':
			return percent(v);
		case 'money':
			return `¤${v}`;
		case 'multiple':
			return `${v}×`;
		case 'boolean':
			return v ? 'on' : 'off';
		case 'integer':
			return whole.format(v);
		default:
			return String(v);
	}
}
