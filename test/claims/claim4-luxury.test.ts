// Claim 4 (如何建立良好的客户关系: a relationship that costs more than it returns is a "luxury"): profit as a function
// of relationship investment rises, peaks and falls; the default sits below the peak and heavy over-investment
// loses more than it earns.
import { describe, it, expect } from 'vitest';
import { peakOf, seedRange, sweep } from '../../src/lib/sim/experiments';
import { DEFAULTS, SPEC } from '../../src/lib/sim/schema';

const INVESTMENTS = [0, 1, 2, 3, 4, 6, 8, 10, 12, 15, 20, 30, 45, 60];

describe('claim 4: luxury relationships', () => {
	it('profit rises with investment, peaks, then falls', () => {
		// Defaults with 3,000 clients (profit per client does not depend on scale), 4 seeds per point.
		const points = sweep({ clients: 3000 }, 'investment', INVESTMENTS, seedRange(4));
		const peak = peakOf(points);
		const at = (v: number) => points.find((p) => p.value === v)!.mean;
		console.log(
			`claim 4 — ten-year profit (M¤, 3,000 clients) by investment (¤/client/month): ${points
				.map((p) => `${p.value}: ${(p.mean / 1e6).toFixed(2)}`)
				.join(', ')}; peak at ${peak.value}`
		);
		expect(peak.value).toBeGreaterThan(SPEC.investment.min);
		expect(peak.value).toBeLessThan(SPEC.investment.max);
		// The broker under-invests: the default is below the peak, and the first steps up pay.
		expect(DEFAULTS.investment).toBeLessThan(peak.value);
		expect(at(DEFAULTS.investment)).toBeGreaterThan(at(0));
		expect(peak.mean).toBeGreaterThan(at(DEFAULTS.investment));
		// Past the peak profit falls, and the most lavish setting earns less than investing nothing.
		expect(at(30)).toBeLessThan(peak.mean);
		expect(at(60)).toBeLessThan(at(30));
		expect(at(60)).toBeLessThan(at(0));
	}, 120_000);
});
