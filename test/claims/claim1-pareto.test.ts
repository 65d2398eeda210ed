// Claim 1 (如何建立良好的客户关系): about 20% of clients bring about 80% of results — the default run's top 20% of
// current clients by revenue bring 75–85% of its revenue.
import { describe, it, expect } from 'vitest';
import { runOnce, seedRange } from '../../src/lib/sim/experiments';

describe('claim 1: 80/20', () => {
	it('the top 20% of current clients bring 75–85% of revenue in the default run', () => {
		// Default parameters (10,000 clients, 10 years); the share is read from the last month's revenue.
		const shares = seedRange(3).map((seed) => runOnce({}, seed).summary.top20Share);
		console.log(
			`claim 1 — top 20% of current clients' share of revenue, seeds 1–3: ${shares
				.map((s) => `${(100 * s).toFixed(1)}%`)
				.join(', ')}`
		);
		for (const share of shares) {
			expect(share).toBeGreaterThan(0.75);
			expect(share).toBeLessThan(0.85);
		}
	}, 60_000);
});
