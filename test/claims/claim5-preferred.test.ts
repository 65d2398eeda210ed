// Claim 5 (如何建立良好的客户关系: for most brokers and clients the preferred level is enough; partnership or above
// fits only where both sides matter greatly to each other): for a median-value client the most profitable level to
// hold it at is preferred; partnership or above pays only for the top-value clients.
//
// Method: a book of clients who all have one base value (valueSpread 0, meanValue = that value) is held at each
// level in turn (holdLevel), with no relationship investment, no prospecting and no fixed overhead, so that the
// profit compared is what those clients themselves earn over ten years, net of service, upkeep and referrals won.
import { describe, it, expect } from 'vitest';
import { levelProfitForValue, seedRange, valueQuantile } from '../../src/lib/sim/experiments';
import { DEFAULTS } from '../../src/lib/sim/schema';
import { LEVELS } from '../../src/lib/sim/levels';

const SEEDS = seedRange(3);
const BASE = { clients: 3000 };

function report(label: string, q: number) {
	const value = valueQuantile(DEFAULTS, q);
	const r = levelProfitForValue(BASE, value, SEEDS);
	console.log(
		`claim 5 — ${label} (${(100 * q).toFixed(0)}th percentile, ${value.toFixed(1)} ¤/month): ten-year profit per client ` +
			LEVELS.map((l, k) => `${l.name} ${r.byLevel[k].toFixed(0)}`).join(', ') +
			` → best: ${LEVELS[r.best].name}`
	);
	return r;
}

describe('claim 5: preferred is enough for most', () => {
	it('a median-value client is most profitable at the preferred level', () => {
		expect(report('median client', 0.5).best).toBe(1);
	}, 60_000);

	it('partnership or above pays only for the top-value clients', () => {
		// Three clients in four, and even the 85th percentile, are best kept below partnership …
		expect(report('upper-quartile client', 0.75).best).toBeLessThan(2);
		expect(report('85th-percentile client', 0.85).best).toBeLessThan(2);
		// … while the top few per cent are worth a partnership or an alliance.
		expect(report('top-5% client', 0.95).best).toBeGreaterThanOrEqual(2);
		expect(report('top-1% client', 0.99).best).toBeGreaterThanOrEqual(2);
	}, 60_000);
});
