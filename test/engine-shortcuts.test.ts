// The engine's shortcuts (limits that skip most clients, trust in closed form, revenue from running totals) give what the long way gives.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { topShare, withDefaults, type Params } from '../src/lib/sim';
import { Model } from '../src/lib/sim/model';
import { STATE, S_JOINED, S_REVENUE } from '../src/lib/sim/book';
import { TrustCurve } from '../src/lib/sim/trust';
import { probit } from '../src/lib/sim/math';

const CASES: Partial<Params>[] = [
	{},
	{ seed: 7, retention: 0.6, investment: 0 },
	{ seed: 3, retention: 0.95, investment: 40, focus: 1.5 },
	{ seed: 4, promise: 9, quality: 4 },
	{ seed: 5, shockMonth: 20, shockSize: 0.6, crossSell: 3, referral: 2 },
	{ seed: 6, holdLevel: 2 },
	{ seed: 8, textbook: 1 }
];

function run(params: Params, checkAll: boolean) {
	const model = new Model(params, 987654, true, checkAll);
	const months = [];
	for (let m = 0; m < params.years * 12; m++) months.push(model.step());
	return { months, events: Array.from(model.log!.used()) };
}

describe('limits', () => {
	for (const c of CASES)
		it(`never change an outcome: ${JSON.stringify(c)} gives the same run as checking every client in full`, () => {
			const params = withDefaults({ clients: 2000, years: 5, ...c });
			const fast = run(params, false);
			const full = run(params, true);
			expect(fast.months).toEqual(full.months);
			expect(fast.events).toEqual(full.events);
		});
});

describe('running totals', () => {
	it('a month’s revenue equals the sum over the clients who paid, to a part in 10⁸', () => {
		const params = withDefaults({ clients: 3000, years: 6, seed: 11, crossSell: 2 });
		const model = new Model(params, 4242);
		const g = model.r.growth;
		for (let m = 1; m <= params.years * 12; m++) {
			const snap = model.step();
			let sum = 0;
			const st = model.current.state;
			for (let k = 0; k < model.current.length; k++) {
				const joined = st[k * STATE + S_JOINED];
				if (joined === m) continue; // joined at the month's end: pays from next month
				sum += st[k * STATE + S_REVENUE] * g[Math.min(g.length - 1, m - joined)];
			}
			expect(Math.abs(snap.revenue - sum) / sum, `month ${m}`).toBeLessThan(1e-8);
		}
	});
});

describe('trust in closed form', () => {
	it('matches the month-by-month rule it replaces', () => {
		const gain = 0.04;
		const decay = 0.97;
		const curve = new TrustCurve(gain, decay, 200);
		for (const t0 of [0, 0.1, 0.5, 0.93]) {
			let up = t0;
			let down = t0;
			for (let n = 0; n <= 200; n++) {
				expect(curve.at(t0, n, true)).toBeCloseTo(up, 12);
				expect(curve.at(t0, n, false)).toBeCloseTo(down, 12);
				up += gain * (1 - up);
				down *= decay;
			}
		}
	});
});

describe('probit', () => {
	it('gives the standard normal quantiles and is symmetric', () => {
		expect(probit(0.5)).toBe(0);
		expect(probit(0.975)).toBeCloseTo(1.959964, 5);
		expect(probit(0.841344746)).toBeCloseTo(1, 5);
		expect(probit(1e-9)).toBeCloseTo(-5.997807, 4);
		for (const q of [0.001, 0.02, 0.3, 0.49]) expect(probit(q)).toBeCloseTo(-probit(1 - q), 8);
	});
});

describe('topShare', () => {
	it('equals the share read from a full sort', () => {
		fc.assert(
			fc.property(
				fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 400 }),
				(xs) => {
					const a = Float64Array.from(xs);
					const sorted = a.slice().sort();
					const top = Math.max(1, Math.round(a.length * 0.2));
					let total = 0;
					let sum = 0;
					sorted.forEach((v, k) => {
						total += v;
						if (k >= a.length - top) sum += v;
					});
					const want = total > 0 ? sum / total : 0;
					expect(Math.abs(topShare(a) - want)).toBeLessThan(1e-12);
				}
			),
			{ numRuns: 500 }
		);
	});
});
