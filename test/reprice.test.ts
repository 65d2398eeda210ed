// Prices alone (acquisition cost, fixed costs, discount rate) are worked out from a run's months, with exactly the numbers of a new run.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SPEC, simulate, withDefaults, type Params, type RunResult } from '../src/lib/sim';
import { PRICING_KEYS, pricesOnly, reprice } from '../src/lib/sim/reprice';

function numbers(r: RunResult) {
	return {
		params: r.params,
		summary: r.summary,
		monthly: r.monthly,
		events: Array.from(r.events),
		agents: Object.values(r.agents).map((x) => (typeof x === 'number' ? x : Array.from(x)))
	};
}

const RUNS: Partial<Params>[] = [
	{ clients: 1500, years: 6 },
	{ clients: 800, years: 4, seed: 5, shockMonth: 20, shockSize: 0.5 },
	{ clients: 600, years: 5, seed: 8, textbook: 1 }
];
const PRICES: Partial<Params>[] = [
	{ acquisitionMultiple: 2 },
	{ acquisitionMultiple: 9.5 },
	{ overhead: 0 },
	{ discountRate: 0.25 },
	{ acquisitionMultiple: 4, overhead: 120, discountRate: 0 }
];

describe('reprice', () => {
	it('the prices are the acquisition cost, the fixed costs and the discount rate', () => {
		expect([...PRICING_KEYS].sort()).toEqual(['acquisitionMultiple', 'discountRate', 'overhead']);
	});

	for (const run of RUNS)
		for (const prices of PRICES)
			it(`gives exactly a new run's numbers: ${JSON.stringify(run)} → ${JSON.stringify(prices)}`, () => {
				const before = withDefaults(run);
				const after = { ...before, ...prices };
				expect(numbers(reprice(simulate(before), after))).toEqual(numbers(simulate(after)));
			});

	it('gives a new run’s figures for any prices in their ranges', () => {
		const base = withDefaults({ clients: 300, years: 3, seed: 4 });
		const first = simulate(base, { history: false });
		const price = (k: 'acquisitionMultiple' | 'overhead' | 'discountRate') =>
			fc
				.integer({ min: 0, max: Math.round((SPEC[k].max - SPEC[k].min) / SPEC[k].step) })
				.map((n) => +(SPEC[k].min + n * SPEC[k].step).toFixed(6));
		fc.assert(
			fc.property(
				price('acquisitionMultiple'),
				price('overhead'),
				price('discountRate'),
				(acquisitionMultiple, overhead, discountRate) => {
					const p = { ...base, acquisitionMultiple, overhead, discountRate };
					const fresh = simulate(p, { history: false });
					const again = reprice(first, p);
					expect(again.monthly).toEqual(fresh.monthly);
					expect(again.summary).toEqual(fresh.summary);
				}
			),
			{ numRuns: 40 }
		);
	});

	it('refuses a change that moves clients, such as the retention rate', () => {
		const p = withDefaults({ clients: 200, years: 2 });
		const q = { ...p, retention: 0.9 };
		expect(pricesOnly(p, q)).toBe(false);
		expect(pricesOnly(p, { ...p, overhead: 10 })).toBe(true);
		expect(() => reprice(simulate(p), q)).toThrow(/more than prices/);
	});
});
