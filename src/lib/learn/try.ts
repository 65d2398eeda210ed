// "Try it in the simulator" links: the preset parameters written into the link's query, and a check that they are valid.
import { PARAM_KEYS, SPEC, snap, type ParamKey } from '../sim';
import { PRESETS } from '../sim/presets';
import type { TryLink } from './types';

/** The parameters a link sets: a named preset's values (if any), then the link's own. */
export function tryParams(link: TryLink): Record<string, number> {
	const preset = link.preset ? PRESETS[link.preset as keyof typeof PRESETS]?.params : undefined;
	return { ...(preset ?? {}), ...(link.params ?? {}) };
}

/** The query (without "?") for a try-it link: every value it sets, in schema order, defaults included. */
export function tryQuery(link: TryLink): string {
	const params = tryParams(link);
	const q = new URLSearchParams();
	for (const key of PARAM_KEYS) if (params[key] !== undefined) q.set(key, String(params[key]));
	return q.toString();
}

/** Problems with a try-it link: unknown preset or keys, values out of range or off the slider's steps. */
export function tryProblems(link: TryLink): string[] {
	const problems: string[] = [];
	if (link.preset && !Object.hasOwn(PRESETS, link.preset))
		problems.push(`${link.preset} is not a preset`);
	const params = tryParams(link);
	if (!Object.keys(params).length) problems.push('the link sets no parameter');
	for (const [key, value] of Object.entries(params)) {
		if (!Object.hasOwn(SPEC, key)) {
			problems.push(`${key} is not a parameter`);
			continue;
		}
		const spec = SPEC[key as ParamKey];
		if (typeof value !== 'number' || !Number.isFinite(value))
			problems.push(`${key}: ${value} is not a number`);
		else if (snap(spec, value) !== value)
			problems.push(`${key}: ${value} is off the range or steps of ${spec.label}`);
	}
	return problems;
}
