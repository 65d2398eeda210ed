// Checks raw values (from a link or a CLI flag) against the schema and says what was used instead.
import { DEFAULTS, SPEC, type ParamKey, type Params, type ParamSpec } from './schema';

/** One problem found in the input, with what was used instead. */
export interface Notice {
	/** The key as received. */
	key: string;
	/** The raw value as received (already a plain string; never rendered as HTML). */
	received: string;
	/** What the model used instead, or null when the key was ignored. */
	used: number | null;
	/** Why: out of range, not a number, unknown key, repeated key. */
	reason: 'out-of-range' | 'malformed' | 'unknown-key' | 'repeated';
	/** A sentence for a person: names the key, the value, the allowed range and what was used. */
	message: string;
}

const MAX_SHOWN = 40;

/** Shortens a received value for messages, so a huge input never floods the page or terminal. */
function shown(raw: string): string {
	const flat = raw.replace(/[\u0000-\u001f]/g, ' ');
	return flat.length > MAX_SHOWN ? `${flat.slice(0, MAX_SHOWN)}…` : flat;
}

/** The allowed range of a spec, as words. */
export function rangeText(spec: ParamSpec): string {
	if (spec.format === 'boolean') return '0 or 1';
	return `${spec.min} to ${spec.max}`;
}

/** Snaps a number onto the spec's step grid, inside its range. */
export function snap(spec: ParamSpec, value: number): number {
	const clamped = Math.min(spec.max, Math.max(spec.min, value));
	const steps = Math.round((clamped - spec.min) / spec.step);
	const snapped = spec.min + steps * spec.step;
	// Round away floating-point dust (0.1 + 0.2) so links stay short and readable.
	const decimals = Math.max(0, -Math.floor(Math.log10(spec.step)) + 2);
	return Math.min(spec.max, Number(snapped.toFixed(decimals)));
}

/** Parses one raw value for a key; returns the value to use and a notice when it was not usable as is. */
export function parseValue(spec: ParamSpec, raw: string): { value: number; notice?: Notice } {
	const text = raw.trim();
	const bool = spec.format === 'boolean' ? { true: 1, false: 0, on: 1, off: 0 }[text] : undefined;
	const num = bool ?? (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text) ? Number(text) : NaN);
	if (!Number.isFinite(num)) {
		const used = spec.default;
		return {
			value: used,
			notice: {
				key: spec.key,
				received: shown(raw),
				used,
				reason: 'malformed',
				message: `${spec.key}: "${shown(raw)}" is not a number (allowed ${rangeText(spec)}); used the default ${used}.`
			}
		};
	}
	const value = snap(spec, num);
	if (num < spec.min || num > spec.max) {
		return {
			value,
			notice: {
				key: spec.key,
				received: shown(raw),
				used: value,
				reason: 'out-of-range',
				message: `${spec.key}: ${shown(raw)} is outside the allowed ${rangeText(spec)}; used ${value}.`
			}
		};
	}
	return { value };
}

/**
 * Turns raw key/value pairs into a full, valid parameter set.
 * Unknown keys are ignored, repeated keys keep the first value; every problem becomes a notice.
 */
export function parseParams(
	pairs: Iterable<[string, string]>,
	base: Params = DEFAULTS,
	ignore: ReadonlySet<string> = new Set()
): { params: Params; notices: Notice[] } {
	const params: Params = { ...base };
	const notices: Notice[] = [];
	const seen = new Set<string>();
	for (const [key, raw] of pairs) {
		if (ignore.has(key)) continue;
		const spec = Object.hasOwn(SPEC, key) ? SPEC[key as ParamKey] : undefined;
		if (!spec) {
			notices.push({
				key: shown(key),
				received: shown(raw),
				used: null,
				reason: 'unknown-key',
				message: `"${shown(key)}" is not a parameter of this model; ignored.`
			});
			continue;
		}
		if (seen.has(key)) {
			notices.push({
				key,
				received: shown(raw),
				used: params[spec.key as ParamKey],
				reason: 'repeated',
				message: `${key} was given more than once; kept the first value ${params[spec.key as ParamKey]}.`
			});
			continue;
		}
		seen.add(key);
		const { value, notice } = parseValue(spec, raw);
		params[spec.key as ParamKey] = value;
		if (notice) notices.push(notice);
	}
	return { params, notices };
}

/** True when every value is a finite number inside its spec's range. */
export function isValid(params: Params): boolean {
	return (Object.keys(SPEC) as ParamKey[]).every((k) => {
		const v = params[k];
		return Number.isFinite(v) && v >= SPEC[k].min && v <= SPEC[k].max;
	});
}
