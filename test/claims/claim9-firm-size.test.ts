// Claim 9 (把关系用到最优: when the environment changes, higher-level clients may leave; a strong firm can absorb it,
// for a small firm it is a heavy blow): the same shock costs a small broker that relies on a few high-level clients
// a larger share of its profit than a large broker.
import { describe, it, expect } from 'vitest';
import { seedRange, shockLoss } from '../../src/lib/sim/experiments';
import { PRESETS } from '../../src/lib/sim/presets';

// The shock: in month 60 (the middle of the ten years) 30% of partnership and alliance clients leave, and 10% of
// preferred ones.
const SHOCK_MONTH = 60;
const SHOCK_SIZE = 0.3;

describe('claim 9: firm size', () => {
	it('the same shock costs the small, concentrated broker a larger share of its profit', () => {
		// smallFirm: 500 clients, 40 seeds; largeFirm: 20,000 clients, 3 seeds (same shock, with and without).
		const small = shockLoss(PRESETS.smallFirm.params, seedRange(40), SHOCK_MONTH, SHOCK_SIZE);
		const large = shockLoss(PRESETS.largeFirm.params, seedRange(3), SHOCK_MONTH, SHOCK_SIZE);
		const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
		for (const [name, s] of [
			['small broker', small],
			['large broker', large]
		] as const) {
			console.log(
				`claim 9 — ${name}: partnership and alliance clients bring ${pct(s.highLevelRevenueShare)} of revenue ` +
					`before the shock; the shock costs ${pct(s.lossShare)} of ten-year profit`
			);
		}
		expect(small.highLevelRevenueShare).toBeGreaterThan(large.highLevelRevenueShare);
		expect(small.lossShare).toBeGreaterThan(0);
		expect(large.lossShare).toBeGreaterThan(0);
		expect(small.lossShare).toBeGreaterThan(1.25 * large.lossShare);
	}, 60_000);
});
