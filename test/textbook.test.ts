// Textbook mode against its closed forms: N_t = N* + (N0 − N*)·r^t with N* = A/(1 − r), and CLV = m·r/(1 + i − r).
import { describe, expect, it } from 'vitest';
import { simulate, withDefaults, EVENT } from '../src/lib/sim';

const SEEDS = 200;
const params = withDefaults({
	textbook: 1,
	clients: 1000,
	years: 5,
	retention: 0.8,
	prospecting: 2.5
});
const r = Math.pow(params.retention, 1 / 12);
const A = (params.prospecting / 100) * params.clients;
const nStar = A / (1 - r);

function meanAndSe(xs: number[]): { mean: number; se: number } {
	const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
	const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
	return { mean, se: Math.sqrt(variance / xs.length) };
}

describe('textbook mode', () => {
	it('uses whole arrivals of A per month (the closed form assumes a fixed A)', () => {
		expect(Number.isInteger(A)).toBe(true);
	});

	it(`mean active clients over ${SEEDS} seeds is within 4 standard errors of N* + (N0 − N*)·r^t at every month`, () => {
		const months = params.years * 12;
		const byMonth: number[][] = Array.from({ length: months }, () => []);
		for (let seed = 1; seed <= SEEDS; seed++) {
			const run = simulate({ ...params, seed }, { history: false });
			run.monthly.forEach((s, t) => byMonth[t].push(s.activeClients));
		}
		let worst = 0;
		for (let t = 1; t <= months; t++) {
			const expected = nStar + (params.clients - nStar) * Math.pow(r, t);
			const { mean, se } = meanAndSe(byMonth[t - 1]);
			const z = Math.abs(mean - expected) / se;
			worst = Math.max(worst, z);
			expect(
				z,
				`month ${t}: mean ${mean.toFixed(2)}, expected ${expected.toFixed(2)}, se ${se.toFixed(3)}`
			).toBeLessThan(4);
		}
		console.log(
			`textbook N_t: worst |z| over ${months} months = ${worst.toFixed(2)} (N* = ${nStar.toFixed(1)})`
		);
	});

	it('every client pays the same margin m = meanValue − serviceCost each month', () => {
		const run = simulate({ ...params, seed: 3 });
		const m = params.meanValue - params.serviceCost;
		let prev = params.clients;
		for (const s of run.monthly) {
			const stayed = prev - s.lost;
			expect(s.revenue - s.retentionCost).toBeCloseTo(stayed * m, 6);
			prev = s.activeClients;
		}
	});

	it('realised lifetime value of new clients is within 4 standard errors of m·r/(1 + i − r)', () => {
		const long = { ...params, years: 30, clients: 400 };
		const m = long.meanValue - long.serviceCost;
		const i = Math.pow(1 + long.discountRate, 1 / 12) - 1;
		const expected = (m * r) / (1 + i - r);
		const values: number[] = [];
		const horizon = long.years * 12;
		for (let seed = 1; seed <= 60; seed++) {
			const run = simulate({ ...long, seed });
			const { joined, left, origin } = run.agents;
			for (let a = 0; a < run.agents.size; a++) {
				// New clients who joined in the first year; all but a negligible few have left by year 30.
				if (origin[a] === 0 || joined[a] < 1 || joined[a] > 12) continue;
				// Joined at the end of month j: pays in months j+1 … left−1 (or to the horizon if still a client).
				const payments = left[a] >= 0 ? left[a] - joined[a] - 1 : horizon - joined[a];
				let v = 0;
				for (let k = 1; k <= payments; k++) v += m / Math.pow(1 + i, k);
				values.push(v);
			}
		}
		const { mean, se } = meanAndSe(values);
		console.log(
			`textbook CLV: realised ${mean.toFixed(1)} ± ${se.toFixed(1)} over ${values.length} clients; closed form ${expected.toFixed(1)}`
		);
		expect(Math.abs(mean - expected) / se).toBeLessThan(4);
		expect(values.length).toBeGreaterThan(5000);
	});

	it('keeps every client transactional with one product (no level or product events)', () => {
		const run = simulate({ ...params, seed: 4 });
		for (let o = 0; o < run.events.length; o += 4) {
			expect([EVENT.level, EVENT.product]).not.toContain(run.events[o + 2]);
		}
	});
});
