// Links: any valid state survives state → URL → state unchanged, and no malformed query string can throw or give an out-of-range value.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULTS, MODEL_VERSION, PARAMS, PARAM_KEYS, SPEC, snap, type Params } from '$lib/sim';
import {
	paramsToQuery,
	queryToParams,
	queryToState,
	simulatorPath,
	simulatorQuery,
	stateToQuery,
	VIEW_DEFAULTS,
	type LinkState,
	type ScenarioCatalog
} from '$lib/links';
import { TABS } from '$lib/state/view.svelte';

/** A made-up scenario library for the view keys (the real one is tested in scenarios.test.ts). */
const catalog: ScenarioCatalog = new Map([
	['acquisition-treadmill', 3],
	['five-percent-lever', 4],
	['solo', 1]
]);

/** Any value a parameter can take: a point on its step grid. */
const paramValue = (key: (typeof PARAM_KEYS)[number]) => {
	const spec = SPEC[key];
	const steps = Math.round((spec.max - spec.min) / spec.step);
	return fc.integer({ min: 0, max: steps }).map((i) => snap(spec, spec.min + i * spec.step));
};

/** Values near the defaults are more interesting (most links change a few keys), so mix both. */
const paramsArb: fc.Arbitrary<Params> = fc
	.record(
		Object.fromEntries(
			PARAM_KEYS.map((k) => [k, fc.option(paramValue(k), { freq: 2, nil: undefined })])
		) as Record<keyof Params, fc.Arbitrary<number | undefined>>
	)
	.map((r) => {
		const p: Params = { ...DEFAULTS };
		for (const k of PARAM_KEYS) if (r[k] !== undefined) p[k] = r[k] as number;
		return p;
	});

const stateArb: fc.Arbitrary<LinkState> = fc
	.tuple(
		paramsArb,
		paramsArb,
		fc.boolean(),
		fc.constantFrom(...TABS),
		fc.constantFrom('', ...catalog.keys()),
		fc.nat(),
		fc.boolean(),
		fc.nat()
	)
	.map(([params, base, pinned, tab, scenario, step, present, month]) => ({
		params,
		baseline: pinned ? { ...base, seed: params.seed } : null,
		view: {
			tab,
			scenario,
			step: scenario ? step % (catalog.get(scenario) ?? 1) : 0,
			present,
			month: month % (Math.round(params.years * 12) + 1)
		}
	}));

function expectInSchema(p: Params) {
	const wrong = PARAMS.filter((spec) => {
		const v = p[spec.key];
		return !(Number.isFinite(v) && v >= spec.min && v <= spec.max && snap(spec, v) === v);
	}).map((spec) => `${spec.key} = ${p[spec.key]}`);
	expect(wrong).toEqual([]);
}

describe('state → URL → state', () => {
	it('is the identity for any valid state (parameters, view, baseline)', () => {
		fc.assert(
			fc.property(stateArb, (state) => {
				const query = stateToQuery(state);
				const read = queryToState(query, catalog);
				expect(read.notices).toEqual([]);
				expect(read.state).toEqual(state);
				expect(read.version).toBe(MODEL_VERSION);
				// Writing again gives the same link, character for character.
				expect(stateToQuery(read.state)).toBe(query);
			}),
			{ numRuns: 2000 }
		);
	}, 60_000);

	it('is the identity for parameters alone (the learning pages use paramsToQuery / simulatorPath)', () => {
		fc.assert(
			fc.property(paramsArb, (params) => {
				const read = queryToParams(paramsToQuery(params));
				expect(read.notices).toEqual([]);
				expect(read.params).toEqual(params);
			}),
			{ numRuns: 1000 }
		);
	});

	it('writes only what differs from the defaults, with readable schema keys', () => {
		const q = stateToQuery({
			params: { ...DEFAULTS, retention: 0.85, acquisitionMultiple: 6.5, seed: 7 },
			view: VIEW_DEFAULTS,
			baseline: null
		});
		expect(q).toBe(`retention=0.85&acquisitionMultiple=6.5&seed=7&v=${MODEL_VERSION}`);
		expect(stateToQuery({ params: DEFAULTS, view: VIEW_DEFAULTS, baseline: null })).toBe(
			`v=${MODEL_VERSION}`
		);
	});

	it('reads a hand-written link', () => {
		const r = queryToState('?retention=0.85&acquisitionMultiple=6&seed=7&tab=clients', catalog);
		expect(r.notices).toEqual([]);
		expect(r.state.params).toEqual({
			...DEFAULTS,
			retention: 0.85,
			acquisitionMultiple: 6,
			seed: 7
		});
		expect(r.state.view.tab).toBe('clients');
		expect(r.state.baseline).toBeNull();
	});

	it('carries the baseline as the values that differ from the run, on the run’s seed', () => {
		const params = { ...DEFAULTS, retention: 0.85, seed: 7 };
		const state: LinkState = {
			params,
			view: VIEW_DEFAULTS,
			baseline: { ...params, retention: 0.8 }
		};
		const q = stateToQuery(state);
		expect(q).toContain('baseline.retention=0.8');
		expect(q).not.toContain('baseline.seed');
		expect(queryToState(q).state.baseline).toEqual(state.baseline);
		// A baseline equal to the run is still pinned.
		const same = stateToQuery({ ...state, baseline: { ...params } });
		expect(same).toContain('baseline=1');
		expect(queryToState(same).state.baseline).toEqual(params);
	});

	it('carries the scenario step from 1 (step=2 is the second step)', () => {
		const q = stateToQuery({
			params: DEFAULTS,
			view: { ...VIEW_DEFAULTS, scenario: 'five-percent-lever', step: 1 },
			baseline: null
		});
		expect(q).toContain('scenario=five-percent-lever&step=2');
		expect(queryToState(q, catalog).state.view.step).toBe(1);
	});

	it('keeps simulatorPath and adds simulatorQuery for the scenario list', () => {
		expect(simulatorPath({ retention: 0.85 })).toBe('simulator?retention=0.85');
		expect(simulatorPath()).toBe('simulator');
		expect(simulatorQuery({ retention: 0.85 }, { scenario: 'solo' })).toBe(
			`retention=0.85&scenario=solo&v=${MODEL_VERSION}`
		);
	});
});

describe('bad links', () => {
	it('clamps an out-of-range value and names the key, the value, the range and what was used', () => {
		const r = queryToState('retention=1.7');
		expect(r.state.params.retention).toBe(0.99);
		expect(r.notices).toHaveLength(1);
		const m = r.notices[0].message;
		expect(m).toContain('retention');
		expect(m).toContain('1.7');
		expect(m).toContain('0.5 to 0.99');
		expect(m).toContain('used 0.99');
	});

	it('replaces a malformed value by the default and ignores unknown keys, each with a notice', () => {
		const r = queryToState('investment=lots&colour=red');
		expect(r.state.params.investment).toBe(DEFAULTS.investment);
		expect(r.notices.map((n) => n.reason)).toEqual(['malformed', 'unknown-key']);
		expect(r.notices[0].message).toContain('"lots"');
		expect(r.notices[1].message).toContain('colour');
	});

	it('keeps the first of repeated keys', () => {
		const r = queryToState('seed=5&seed=9&tab=clients&tab=sweeps');
		expect(r.state.params.seed).toBe(5);
		expect(r.state.view.tab).toBe('clients');
		expect(r.notices.filter((n) => n.reason === 'repeated')).toHaveLength(2);
	});

	it('says when the link was made by an older (or newer) model version', () => {
		const old = queryToState(`retention=0.85&v=${MODEL_VERSION - 1}`);
		expect(old.version).toBe(MODEL_VERSION - 1);
		expect(old.notices[0].reason).toBe('old-model');
		expect(old.notices[0].message).toMatch(/numbers may differ/);
		expect(old.state.params.retention).toBe(0.85);
		const newer = queryToState(`v=${MODEL_VERSION + 1}`);
		expect(newer.notices[0].reason).toBe('new-model');
		const bad = queryToState('v=abc');
		expect(bad.version).toBe(MODEL_VERSION);
		expect(bad.notices[0].reason).toBe('malformed');
		expect(queryToState(`v=${MODEL_VERSION}`).notices).toEqual([]);
	});

	it('checks the scenario against the library and the step against its story', () => {
		const unknown = queryToState('scenario=nope&step=2', catalog);
		expect(unknown.state.view.scenario).toBe('');
		expect(unknown.state.view.step).toBe(0);
		expect(unknown.notices.map((n) => n.key)).toEqual(['scenario', 'step']);
		const far = queryToState('scenario=acquisition-treadmill&step=40', catalog);
		expect(far.state.view.step).toBe(2);
		expect(far.notices[0].message).toContain('step: 40 is outside the allowed 1 to 3; used 3');
	});

	it('clamps the playback month to the run’s horizon', () => {
		const r = queryToState('years=2&month=100');
		expect(r.state.view.month).toBe(24);
		expect(r.notices[0].key).toBe('month');
	});

	it('never lets the baseline have its own seed', () => {
		const r = queryToState('seed=4&baseline.seed=9&baseline.retention=0.9');
		expect(r.state.baseline?.seed).toBe(4);
		expect(r.state.baseline?.retention).toBe(0.9);
		expect(r.notices.map((n) => n.key)).toEqual(['baseline.seed']);
		const off = queryToState('baseline=0&baseline.retention=0.9');
		expect(off.state.baseline).toBeNull();
		expect(off.notices).toHaveLength(1);
	});

	it('lists at most a dozen notices however bad the link', () => {
		const junk = Array.from({ length: 500 }, (_, k) => `junk${k}=x`).join('&');
		const r = queryToState(junk);
		expect(r.notices.length).toBeLessThanOrEqual(12);
		expect(r.notices[r.notices.length - 1].message).toMatch(/more problems/);
	});
});

describe('fuzz: malformed query strings', () => {
	const knownKeys = [
		...PARAM_KEYS,
		...PARAM_KEYS.map((k) => `baseline.${k}`),
		'baseline',
		'tab',
		'scenario',
		'step',
		'present',
		'month',
		'v'
	];
	const nasty = fc.constantFrom(
		'',
		'NaN',
		'-NaN',
		'Infinity',
		'-Infinity',
		'1e308',
		'1e309',
		'-1e309',
		'9'.repeat(400),
		'-0',
		'0x10',
		'1,5',
		'1.2.3',
		' 0.85 ',
		'.5',
		'5.',
		'+3',
		'1e-400',
		'true',
		'on',
		'null',
		'undefined',
		'__proto__',
		'constructor',
		'<script>alert(1)</script>',
		'"><img src=x onerror=alert(1)>',
		'%00',
		'\u0000\u0007',
		'💥',
		'a'.repeat(5000)
	);
	const value = fc.oneof(
		nasty,
		fc.string({ maxLength: 30 }),
		fc.double().map(String),
		fc.integer().map(String),
		fc.bigInt().map(String),
		fc.string({ unit: 'binary', maxLength: 20 })
	);
	const key = fc.oneof(
		{ weight: 4, arbitrary: fc.constantFrom(...knownKeys) },
		{ weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
		{
			weight: 1,
			arbitrary: fc.constantFrom(
				'__proto__',
				'constructor',
				'toString',
				'baseline.',
				'baseline.__proto__',
				'<b>x</b>'
			)
		}
	);
	const pair = fc.tuple(key, value);
	/** A query string: encoded pairs, raw junk, or both, with the odd stray "&", "=" or "?". */
	const query = fc.oneof(
		fc.array(pair, { maxLength: 40 }).map((ps) => new URLSearchParams(ps).toString()),
		fc.array(pair, { maxLength: 40 }).map((ps) => ps.map(([k, v]) => `${k}=${v}`).join('&')),
		fc.string({ maxLength: 200 }),
		fc.string({ unit: 'binary', maxLength: 200 }),
		fc
			.array(fc.constantFrom('&', '=', '?', '%', '%zz', '+', 'retention', '0.9', 'v=', 'seed=1'), {
				maxLength: 60
			})
			.map((a) => a.join(''))
	);

	it('never throws and always yields values inside the schema', () => {
		fc.assert(
			fc.property(query, (q) => {
				const r = queryToState(q, catalog);
				expectInSchema(r.state.params);
				if (r.state.baseline) {
					expectInSchema(r.state.baseline);
					expect(r.state.baseline.seed).toBe(r.state.params.seed);
				}
				const v = r.state.view;
				expect(TABS).toContain(v.tab);
				expect(v.scenario === '' || catalog.has(v.scenario)).toBe(true);
				expect(Number.isInteger(v.step) && v.step >= 0).toBe(true);
				expect(v.step).toBeLessThan(v.scenario ? (catalog.get(v.scenario) ?? 1) : 1);
				expect(Number.isInteger(v.month) && v.month >= 0).toBe(true);
				expect(v.month).toBeLessThanOrEqual(r.state.params.years * 12);
				expect(typeof v.present).toBe('boolean');
				expect(Number.isInteger(r.version)).toBe(true);
				expect(r.notices.length).toBeLessThanOrEqual(12);
				for (const n of r.notices) {
					expect(typeof n.message).toBe('string');
					// Received values are cut short, so a huge link never floods the page.
					expect(n.message.length).toBeLessThan(400);
				}
				// What was read writes back as a clean link that reads again without any notice.
				const again = queryToState(stateToQuery(r.state), catalog);
				expect(again.notices).toEqual([]);
				expect(again.state).toEqual(r.state);
			}),
			{ numRuns: 3000 }
		);
	}, 120_000);

	it('survives a very long link', () => {
		const long = `retention=${'9'.repeat(100_000)}&${'x=1&'.repeat(20_000)}seed=3`;
		const r = queryToState(long);
		// A number too big for a double is not a number at all: the default is used, with a notice.
		expect(r.state.params.retention).toBe(DEFAULTS.retention);
		expect(r.notices[0].key).toBe('retention');
		expect(r.state.params.seed).toBe(3);
		expect(r.notices.length).toBeLessThanOrEqual(12);
	});

	it('treats script tags as plain text values', () => {
		const r = queryToState(
			'tab=<script>alert(1)</script>&scenario=<img src=x onerror=alert(1)>&<b>k</b>=1'
		);
		expect(r.state.view.tab).toBe('charts');
		expect(r.state.view.scenario).toBe('');
		expect(r.notices.map((n) => n.reason)).toEqual([
			'unknown-key',
			'malformed',
			'unknown-scenario'
		]);
	});
});
