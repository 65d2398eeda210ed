// Claim 7 (如何建立良好的客户关系: loyal clients buy by referral; 实施关系营销策略提升客户价值: keep clients so that they
// bring new ones): raising satisfaction raises the share of new clients who came by referral.
import { describe, it, expect } from 'vitest';
import { runOnce, seedRange } from '../../src/lib/sim/experiments';
import type { RunResult } from '../../src/lib/sim/record';

const QUALITIES = [5, 6, 7, 8, 9];

describe('claim 7: referrals', () => {
	it('higher satisfaction (better service quality) raises the referral share of new clients', () => {
		// Defaults with 3,000 clients, 3 seeds per point; satisfaction raised through service quality.
		const seeds = seedRange(3);
		const rows = QUALITIES.map((quality) => {
			const runs = seeds.map((seed) => runOnce({ clients: 3000, quality }, seed));
			const mean = (f: (r: RunResult) => number) =>
				runs.reduce((a, r) => a + f(r), 0) / runs.length;
			return {
				quality,
				satisfied: mean(
					(r) => r.monthly.reduce((a, s) => a + s.satisfiedShare, 0) / r.monthly.length
				),
				referred: mean((r) => r.summary.referralShare)
			};
		});
		console.log(
			'claim 7 — service quality: satisfied share of clients → referral share of new clients: ' +
				rows
					.map(
						(r) =>
							`${r.quality}: ${(100 * r.satisfied).toFixed(0)}% → ${(100 * r.referred).toFixed(1)}%`
					)
					.join(', ')
		);
		for (let k = 1; k < rows.length; k++) {
			expect(rows[k].satisfied).toBeGreaterThan(rows[k - 1].satisfied);
			expect(rows[k].referred).toBeGreaterThan(rows[k - 1].referred);
		}
	}, 60_000);
});
