// Claim 8 (¿Cómo llevan a cabo las pequeñas y medianas empresas la gestión de las relaciones con los clientes?,
// after Kotler: expectations set too low give satisfied clients but few sales; set too high, dissatisfied clients
// who rarely buy again): both too-low and too-high promises give less profit than a well-set one.
import { describe, it, expect } from 'vitest';
import { peakOf, seedRange, sweep } from '../../src/lib/sim/experiments';

const PROMISES = [0, 1, 2, 3, 4, 5, 5.5, 6, 6.5, 7, 8, 9, 10];

describe('claim 8: expectations', () => {
	it('profit peaks at a middle promise and falls on both sides', () => {
		// Defaults with 3,000 clients, 4 seeds per point.
		const points = sweep({ clients: 3000 }, 'promise', PROMISES, seedRange(4));
		const peak = peakOf(points);
		const at = (v: number) => points.find((p) => p.value === v)!.mean;
		console.log(
			`claim 8 — ten-year profit (M¤, 3,000 clients) by promise (0–10): ${points
				.map((p) => `${p.value}: ${(p.mean / 1e6).toFixed(2)}`)
				.join(', ')}; best promise ${peak.value}`
		);
		expect(peak.value).toBeGreaterThanOrEqual(3);
		expect(peak.value).toBeLessThanOrEqual(7);
		// Too low: satisfied clients, but too few won.
		expect(at(1)).toBeLessThan(0.9 * peak.mean);
		// Too high: many won, but disappointed and soon gone.
		expect(at(9)).toBeLessThan(0.9 * peak.mean);
		// And profit falls away from the peak on both sides.
		expect(at(1)).toBeLessThan(at(3));
		expect(at(3)).toBeLessThan(peak.mean);
		expect(at(8)).toBeLessThan(peak.mean);
		expect(at(10)).toBeLessThan(at(8));
	}, 60_000);
});
