// Claim 3 (如何建立良好的客户关系: winning a client costs 5–7 times keeping one; 把关系用到最优: clients are the firm's
// assets): with acquisitionMultiple in 5–7 the next ¤ spent on retention earns more than the next ¤ spent on
// acquisition; and a 1% better retention moves profit more than a 1% better margin, which moves it more than a
// 1% cheaper acquisition.
//
// Definitions (also in content/model-claims.md):
// - "One more unit spent on retention": relationship investment +1 ¤ per client per month; its return is
//   Δprofit / Δ(money spent on relationship investment) over the ten years.
// - "One more unit spent on acquisition": prospecting +0.5% of clients per month, so more targets are won and paid
//   for; its return is Δprofit / Δ(money spent on acquisition). Δprofit is net of the extra money and of every
//   knock-on cost in both cases.
// - 1% better retention: `retention` × 1.01 (0.80 → 0.808), which scales every client's churn hazard.
// - 1% better margin: every client's revenue raised so that revenue − service, upkeep and investment cost rises 1%.
// - 1% cheaper acquisition: acquisitionMultiple × 0.99.
import { describe, it, expect } from 'vitest';
import { leverSensitivity, marginalReturns, seedRange } from '../../src/lib/sim/experiments';

const pct = (x: number) => `${(100 * x).toFixed(2)}%`;

describe('claim 3: acquisition vs retention', () => {
	it('with acquisitionMultiple 5, 6 and 7, the next ¤ on retention earns more than the next ¤ on acquisition', () => {
		// Defaults with 5,000 clients, 3 seeds (each change compared with the base run on the same seed).
		for (const multiple of [5, 6, 7]) {
			const m = marginalReturns(
				{ clients: 5000, acquisitionMultiple: multiple },
				seedRange(3),
				1,
				0.5
			);
			console.log(
				`claim 3 — acquisitionMultiple ${multiple}: profit per extra ¤ on retention ` +
					`${m.retention.perUnit.toFixed(2)}, on acquisition ${m.acquisition.perUnit.toFixed(2)}`
			);
			expect(m.retention.extraSpend).toBeGreaterThan(0);
			expect(m.acquisition.extraSpend).toBeGreaterThan(0);
			expect(m.retention.perUnit).toBeGreaterThan(m.acquisition.perUnit);
		}
	}, 120_000);

	it('1% on retention moves profit more than 1% on margin, which moves it more than 1% off acquisition cost', () => {
		// Default parameters, 10,000 clients, 4 seeds.
		const l = leverSensitivity({}, seedRange(4));
		console.log(
			`claim 3 — profit change from a 1% move: retention ${pct(l.retention)}, ` +
				`margin ${pct(l.margin)}, acquisition cost ${pct(l.acquisitionCost)} ` +
				`(per seed: ${l.perSeed
					.map((p) => `${pct(p.retention)} / ${pct(p.margin)} / ${pct(p.acquisitionCost)}`)
					.join('; ')})`
		);
		expect(l.retention).toBeGreaterThan(l.margin);
		expect(l.margin).toBeGreaterThan(l.acquisitionCost);
		expect(l.acquisitionCost).toBeGreaterThan(0);
	}, 120_000);
});
