// The scenario library: every file parses and validates, its parameters are in range, its goals are evaluable on a real run — not met at the start, met by its answer.
import { describe, expect, it } from 'vitest';
import { DEFAULTS, isValid, simulate, type Params, type RunResult } from '$lib/sim';
import {
	answerParams,
	evaluateGoal,
	needsReference,
	paramsAt,
	parseScenario,
	scenarioCatalog,
	scenarioProblems,
	scenarios,
	stepCount,
	type GoalContext
} from '$lib/scenarios';
import { queryToState, simulatorQuery } from '$lib/links';

/** The seven ideas of the source material the library must cover, by scenario id. */
const REQUIRED = [
	'acquisition-treadmill',
	'five-percent-lever',
	'luxury-relationship',
	'small-vs-large-firm',
	'cross-selling-lock-in',
	'expectations-trap',
	'eighty-twenty-portfolio'
];

const run = (p: Params): RunResult => simulate(p, { history: false });

describe('scenario files', () => {
	it('all parse and validate', () => {
		expect(scenarioProblems).toEqual([]);
		expect(scenarios.length).toBeGreaterThanOrEqual(7);
		for (const id of REQUIRED) expect(scenarios.map((s) => s.id)).toContain(id);
	});

	it('each has a title, idea, source, story and at least one goal', async () => {
		for (const s of scenarios) {
			expect(s.title.length, s.id).toBeGreaterThan(0);
			expect(s.idea.length, s.id).toBeGreaterThan(0);
			expect(s.source.length, s.id).toBeGreaterThan(0);
			expect(typeof (await s.story()), s.id).toBe('function');
			expect(s.goals.length, s.id).toBeGreaterThan(0);
			expect(s.answer, `${s.id} has an answer for this test`).toBeDefined();
		}
	});

	it('every step’s parameters are inside the schema', () => {
		for (const s of scenarios)
			for (let k = 0; k < stepCount(s); k++)
				expect(isValid(paramsAt(s, k)), `${s.id} step ${k + 1}`).toBe(true);
	});

	it('opens from its link with its parameters and no notice', () => {
		for (const s of scenarios) {
			const r = queryToState(simulatorQuery(paramsAt(s, 0), { scenario: s.id }), scenarioCatalog);
			expect(r.notices, s.id).toEqual([]);
			expect(r.state.view.scenario).toBe(s.id);
			expect(r.state.params).toEqual(paramsAt(s, 0));
		}
	});
});

describe('scenario goals on real runs', () => {
	for (const s of scenarios) {
		it(`${s.id}: not met at the start, met by the answer, every figure finite`, () => {
			const start = paramsAt(s, 0);
			const reference = needsReference(s.goals) ? run(start) : null;
			const ctx: GoalContext = { start, reference };
			const atStart = run(start);
			for (const g of s.goals) {
				const r = evaluateGoal(g, atStart, ctx);
				expect(r.checks.length).toBe(g.checks.length);
				for (const c of r.checks) {
					expect(Number.isFinite(c.value), `${s.id}/${g.id}: ${c.label}`).toBe(true);
					expect(c.figure.length).toBeGreaterThan(0);
					expect(c.target.length).toBeGreaterThan(0);
				}
				expect(r.met, `${s.id}/${g.id} must not be met before the trainee does anything`).toBe(
					false
				);
			}
			const answer = answerParams(s);
			expect(answer && isValid(answer)).toBe(true);
			const solved = run(answer!);
			for (const g of s.goals) {
				const r = evaluateGoal(g, solved, ctx);
				const detail = r.checks
					.map((c) => `${c.label}: ${c.figure} (needs ${c.target})`)
					.join('; ');
				expect(r.met, `${s.id}/${g.id} with the answer: ${detail}`).toBe(true);
			}
		}, 60_000);
	}
});

describe('scenario format', () => {
	const good = {
		title: 'T',
		summary: 'S',
		idea: 'I',
		source: 'src',
		order: 1,
		params: { retention: 0.9 },
		goals: [{ id: 'g', text: 'G', checks: [{ measure: 'profit', minChange: 0.1 }] }]
	};

	it('accepts a minimal scenario', () => {
		const r = parseScenario('x', good);
		expect(r.problems).toBeUndefined();
		expect(paramsAt(r.scenario!, 0)).toEqual({ ...DEFAULTS, retention: 0.9 });
	});

	it('rejects out-of-range and off-grid parameters, unknown keys, and goals without a target', () => {
		const bad = (patch: object) => parseScenario('x', { ...good, ...patch }).problems ?? [];
		expect(bad({ params: { retention: 1.5 } }).join()).toMatch(/retention/);
		expect(bad({ params: { retention: 0.855 } }).join()).toMatch(/step grid/);
		expect(bad({ params: { colour: 1 } }).length).toBeGreaterThan(0);
		expect(
			bad({ goals: [{ id: 'g', text: 'G', checks: [{ measure: 'profit' }] }] }).join()
		).toMatch(/target/);
		expect(
			bad({ goals: [{ id: 'g', text: 'G', checks: [{ measure: 'nope', min: 1 }] }] }).length
		).toBeGreaterThan(0);
		expect(bad({ title: undefined }).length).toBeGreaterThan(0);
		expect(parseScenario('x', undefined).problems?.length).toBeGreaterThan(0);
	});

	it('says why a goal is not met, with the figure and the target', () => {
		const r = parseScenario('x', {
			...good,
			goals: [
				{
					id: 'g',
					text: 'G',
					checks: [
						{ measure: 'clients', years: 2, min: 1e9 },
						{ param: 'investment', max: 60 },
						{ only: ['retention'] },
						{ measure: 'profit', years: 20, min: 0 }
					]
				}
			]
		});
		const sc = r.scenario!;
		const small = run({ ...paramsAt(sc, 0), clients: 500, years: 3 });
		const res = evaluateGoal(sc.goals[0], small, { start: paramsAt(sc, 0) });
		expect(res.met).toBe(false);
		const [clients, invest, only, far] = res.checks;
		expect(clients.label).toBe('Clients at the end of year 2');
		expect(clients.value).toBe(small.monthly[23].activeClients);
		expect(clients.target).toMatch(/^at least/);
		expect(clients.met).toBe(false);
		expect(invest.met).toBe(true);
		// Changing the run's size and horizon is more than "retention alone".
		expect(only.met).toBe(false);
		expect(only.figure).toMatch(/starting clients/i);
		// A window longer than the run cannot be judged: not met, and the figure says why.
		expect(far.met).toBe(false);
		expect(far.figure).toMatch(/covers 3 years/);
	});
});
