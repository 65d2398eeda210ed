// Page state ⇄ query strings: readable schema keys for every parameter that differs from its default, the view, the baseline and the model version.
import {
	DEFAULTS,
	MODEL_VERSION,
	PARAM_KEYS,
	SPEC,
	parseParams,
	parseValue,
	snap,
	type Notice,
	type ParamKey,
	type ParamSpec,
	type Params
} from './sim';
import { TABS, type Tab } from './state/view.svelte';

/** The view part of a link: which panel, which scenario and step, presentation mode, playback month. */
export interface LinkView {
	tab: Tab;
	/** Scenario id ('' when none is open). */
	scenario: string;
	/** Step of the scenario's story, from 0 (the link shows it from 1: `step=2` is the second step). */
	step: number;
	present: boolean;
	/** Playback month, 0 = the end of the run. */
	month: number;
}

/** Everything a link carries. */
export interface LinkState {
	params: Params;
	view: LinkView;
	/** The pinned baseline's parameters (its seed is always the run's seed), or null when none is pinned. */
	baseline: Params | null;
}

/** A problem found in a link, with what was used instead (params' notices are of this shape too). */
export interface LinkNotice {
	key: string;
	received: string;
	used: number | string | null;
	reason: Notice['reason'] | 'old-model' | 'new-model' | 'unknown-scenario';
	/** A sentence for a person: the key, the value received, the allowed range and what was used. Plain text. */
	message: string;
}

/** Scenario ids the page knows, with the number of steps of each (used to check `scenario` and `step`). */
export type ScenarioCatalog = ReadonlyMap<string, number>;

export const VIEW_DEFAULTS: LinkView = {
	tab: 'charts',
	scenario: '',
	step: 0,
	present: false,
	month: 0
};

/** Query keys of the view, in the order they are written. */
export const VIEW_KEYS = ['tab', 'scenario', 'step', 'present', 'month'] as const;
/** Key of the model version. */
export const VERSION_KEY = 'v';
/** Key marking a pinned baseline; `baseline.<param>` keys give the baseline's values where they differ from the run. */
export const BASELINE_KEY = 'baseline';
const BASELINE_PREFIX = `${BASELINE_KEY}.`;

/** Scenario ids: file names in content/scenarios/ (lower case, digits and dashes). */
const SCENARIO_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** At most this many notices are listed; the rest are summed up in one line. */
const MAX_NOTICES = 12;
const MAX_SHOWN = 40;

function shown(raw: string): string {
	const flat = raw.replace(/[\u0000-\u001f\u007f]/g, ' ');
	return flat.length > MAX_SHOWN ? `${flat.slice(0, MAX_SHOWN)}…` : flat;
}

/** A value as written in a link: snapped onto the schema's step grid, so it reads back to the same number. */
function written(key: ParamKey, value: number): string {
	return String(snap(SPEC[key], value));
}

/** The query string (without "?") for a parameter set: only values that differ from the defaults, in schema order. */
export function paramsToQuery(params: Partial<Params>): string {
	const q = new URLSearchParams();
	for (const key of PARAM_KEYS) {
		const v = params[key];
		if (v !== undefined && v !== DEFAULTS[key]) q.set(key, written(key, v));
	}
	return q.toString();
}

/** Reads parameters from a query string; never throws; every problem becomes a notice. */
export function queryToParams(
	search: string | URLSearchParams,
	ignore: ReadonlySet<string> = new Set()
): { params: Params; notices: Notice[] } {
	const q = typeof search === 'string' ? new URLSearchParams(search) : search;
	return parseParams(q.entries(), DEFAULTS, ignore);
}

/** The query string (without "?") of a whole page state: parameters, view, baseline and the model version. */
export function stateToQuery(state: LinkState): string {
	const q = new URLSearchParams(paramsToQuery(state.params));
	const { view, params, baseline } = state;
	if (view.tab !== VIEW_DEFAULTS.tab) q.set('tab', view.tab);
	if (view.scenario) {
		q.set('scenario', view.scenario);
		if (view.step > 0) q.set('step', String(view.step + 1));
	}
	if (view.present) q.set('present', '1');
	if (view.month > 0) q.set('month', String(view.month));
	if (baseline) {
		let differs = false;
		for (const key of PARAM_KEYS) {
			if (key === 'seed') continue;
			if (baseline[key] !== params[key]) {
				q.set(`${BASELINE_PREFIX}${key}`, written(key, baseline[key]));
				differs = true;
			}
		}
		if (!differs) q.set(BASELINE_KEY, '1');
	}
	q.set(VERSION_KEY, String(MODEL_VERSION));
	return q.toString();
}

/** The simulator's query for a preset and an optional view, e.g. "retention=0.85&scenario=five-percent-lever&v=1". */
export function simulatorQuery(
	overrides: Partial<Params> = {},
	view: Partial<LinkView> = {}
): string {
	return stateToQuery({
		params: { ...DEFAULTS, ...overrides },
		view: { ...VIEW_DEFAULTS, ...view },
		baseline: null
	});
}

/** The simulator's path with a preset in its query, e.g. simulatorPath({ retention: 0.85 }) → "simulator?retention=0.85". */
export function simulatorPath(overrides: Partial<Params> = {}): string {
	const q = paramsToQuery({ ...DEFAULTS, ...overrides });
	return q ? `simulator?${q}` : 'simulator';
}

/** What reading a link gives: the state, the model version it was made with, which view keys it set, and the notices. */
export interface LinkRead {
	state: LinkState;
	/** The model version named by the link (the current one when the link names none or a bad one). */
	version: number;
	/** View keys the link set explicitly (so a page can leave, say, presentation mode alone when a link does not mention it). */
	given: Set<(typeof VIEW_KEYS)[number]>;
	notices: LinkNotice[];
}

/** An integer setting that is not a model parameter (step, month, present), checked with the same rules. */
function settingSpec(
	key: string,
	min: number,
	max: number,
	def: number,
	boolean = false
): ParamSpec {
	return {
		key,
		label: key,
		unit: '',
		description: '',
		min,
		max,
		step: 1,
		default: def,
		source: 'link',
		group: 'run',
		format: boolean ? 'boolean' : 'integer'
	};
}

/**
 * Reads a whole page state from a query string. Never throws: every value is checked against the
 * schema; out-of-range values are clamped, malformed ones replaced by the default, unknown keys
 * ignored, and each problem becomes a notice naming the key, the value received and what was used.
 */
export function queryToState(
	search: string | URLSearchParams,
	catalog?: ScenarioCatalog
): LinkRead {
	let q: URLSearchParams;
	try {
		q = typeof search === 'string' ? new URLSearchParams(search) : search;
	} catch {
		q = new URLSearchParams();
	}
	const notices: LinkNotice[] = [];
	const paramPairs: [string, string][] = [];
	const basePairs: [string, string][] = [];
	const viewRaw = new Map<string, string>();
	let baseFlag: string | undefined;
	let versionRaw: string | undefined;
	const repeated = (key: string, raw: string, kept: string) =>
		notices.push({
			key: shown(key),
			received: shown(raw),
			used: kept,
			reason: 'repeated',
			message: `${shown(key)} was given more than once; kept the first value "${shown(kept)}".`
		});

	for (const [key, raw] of q.entries()) {
		if ((VIEW_KEYS as readonly string[]).includes(key)) {
			const first = viewRaw.get(key);
			if (first !== undefined) repeated(key, raw, first);
			else viewRaw.set(key, raw);
		} else if (key === VERSION_KEY) {
			if (versionRaw !== undefined) repeated(key, raw, versionRaw);
			else versionRaw = raw;
		} else if (key === BASELINE_KEY) {
			if (baseFlag !== undefined) repeated(key, raw, baseFlag);
			else baseFlag = raw;
		} else if (key.startsWith(BASELINE_PREFIX)) {
			basePairs.push([key.slice(BASELINE_PREFIX.length), raw]);
		} else {
			paramPairs.push([key, raw]);
		}
	}

	// Parameters.
	const read = parseParams(paramPairs);
	const params = read.params;
	notices.push(...read.notices);

	// The baseline: pinned when the link has `baseline` (not 0/off/false) or any `baseline.<key>`.
	let baseline: Params | null = null;
	const flag = baseFlag?.trim().toLowerCase();
	const flagOff = flag === '0' || flag === 'off' || flag === 'false';
	if (baseFlag !== undefined && !flagOff && !['', '1', 'on', 'true'].includes(flag ?? '')) {
		notices.push({
			key: BASELINE_KEY,
			received: shown(baseFlag),
			used: 1,
			reason: 'malformed',
			message: `${BASELINE_KEY}: "${shown(baseFlag)}" is not 0 or 1; used 1 (baseline pinned).`
		});
	}
	if (flagOff && basePairs.length) {
		notices.push({
			key: BASELINE_KEY,
			received: shown(baseFlag ?? ''),
			used: 0,
			reason: 'malformed',
			message: `${BASELINE_KEY}=0 says no baseline, so the ${basePairs.length} baseline value(s) in the link were ignored.`
		});
	}
	if (!flagOff && (baseFlag !== undefined || basePairs.length)) {
		const seedPairs = basePairs.filter(([k]) => k === 'seed');
		for (const [, raw] of seedPairs)
			notices.push({
				key: `${BASELINE_PREFIX}seed`,
				received: shown(raw),
				used: params.seed,
				reason: 'unknown-key',
				message: `${BASELINE_PREFIX}seed: the baseline always uses the run's seed (${params.seed}) so both runs share the same random draws; "${shown(raw)}" was ignored.`
			});
		const b = parseParams(
			basePairs.filter(([k]) => k !== 'seed'),
			params
		);
		baseline = { ...b.params, seed: params.seed };
		for (const n of b.notices)
			notices.push({
				...n,
				key: `${BASELINE_PREFIX}${n.key}`,
				message:
					n.reason === 'unknown-key'
						? `"${BASELINE_PREFIX}${n.key}" is not a parameter of this model; ignored.`
						: `${BASELINE_PREFIX}${n.message}`
			});
	}

	// The view.
	const given = new Set<(typeof VIEW_KEYS)[number]>();
	const view: LinkView = { ...VIEW_DEFAULTS };
	const tabRaw = viewRaw.get('tab');
	if (tabRaw !== undefined) {
		given.add('tab');
		const t = tabRaw.trim();
		if ((TABS as readonly string[]).includes(t)) view.tab = t as Tab;
		else
			notices.push({
				key: 'tab',
				received: shown(tabRaw),
				used: VIEW_DEFAULTS.tab,
				reason: 'malformed',
				message: `tab: "${shown(tabRaw)}" is not a panel (allowed ${TABS.join(', ')}); used ${VIEW_DEFAULTS.tab}.`
			});
	}
	const scenarioRaw = viewRaw.get('scenario');
	let steps = 0;
	if (scenarioRaw !== undefined) {
		given.add('scenario');
		const id = scenarioRaw.trim();
		const known = SCENARIO_ID.test(id) && (!catalog || catalog.has(id));
		if (known) {
			view.scenario = id;
			steps = catalog?.get(id) ?? 99;
		} else if (id !== '')
			notices.push({
				key: 'scenario',
				received: shown(scenarioRaw),
				used: null,
				reason: 'unknown-scenario',
				message: `scenario: "${shown(scenarioRaw)}" is not a scenario in the library; no scenario opened.`
			});
	}
	const stepRaw = viewRaw.get('step');
	if (stepRaw !== undefined) {
		given.add('step');
		if (!view.scenario)
			notices.push({
				key: 'step',
				received: shown(stepRaw),
				used: null,
				reason: 'unknown-key',
				message: `step: "${shown(stepRaw)}" needs an open scenario; ignored.`
			});
		else {
			const r = parseValue(settingSpec('step', 1, Math.max(1, steps), 1), stepRaw);
			view.step = r.value - 1;
			if (r.notice) notices.push(r.notice);
		}
	}
	const presentRaw = viewRaw.get('present');
	if (presentRaw !== undefined) {
		given.add('present');
		const r = parseValue(settingSpec('present', 0, 1, 0, true), presentRaw);
		view.present = r.value === 1;
		if (r.notice) notices.push(r.notice);
	}
	const monthRaw = viewRaw.get('month');
	if (monthRaw !== undefined) {
		given.add('month');
		const r = parseValue(settingSpec('month', 0, Math.round(params.years * 12), 0), monthRaw);
		view.month = r.value;
		if (r.notice) notices.push(r.notice);
	}

	// The model version.
	let version = MODEL_VERSION;
	if (versionRaw !== undefined) {
		const t = versionRaw.trim();
		const n = /^\d{1,6}$/.test(t) ? Number(t) : NaN;
		if (!Number.isInteger(n))
			notices.push({
				key: VERSION_KEY,
				received: shown(versionRaw),
				used: MODEL_VERSION,
				reason: 'malformed',
				message: `${VERSION_KEY}: "${shown(versionRaw)}" is not a model version; assumed the current version ${MODEL_VERSION}.`
			});
		else {
			version = n;
			if (n < MODEL_VERSION)
				notices.unshift({
					key: VERSION_KEY,
					received: shown(versionRaw),
					used: MODEL_VERSION,
					reason: 'old-model',
					message: `This link was made with model version ${n}; the simulator now runs version ${MODEL_VERSION}, so the numbers may differ from the ones the link's author saw.`
				});
			else if (n > MODEL_VERSION)
				notices.unshift({
					key: VERSION_KEY,
					received: shown(versionRaw),
					used: MODEL_VERSION,
					reason: 'new-model',
					message: `This link was made with model version ${n}, newer than this simulator's version ${MODEL_VERSION}; the numbers may differ.`
				});
		}
	}

	if (notices.length > MAX_NOTICES) {
		const rest = notices.length - (MAX_NOTICES - 1);
		notices.splice(MAX_NOTICES - 1, notices.length, {
			key: '…',
			received: '',
			used: null,
			reason: 'unknown-key',
			message: `…and ${rest} more problems in the link; each was ignored or replaced by the default.`
		});
	}
	return { state: { params, view, baseline }, version, given, notices };
}
