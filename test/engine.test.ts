// Engine invariants: determinism, conservation of clients, the accounting identity, and no NaN at any extreme.
import { describe, expect, it } from 'vitest';
import { PARAMS, simulate, withDefaults, type Params, type Snapshot } from '../src/lib/sim';
import { Model } from '../src/lib/sim/model';
import { ORIGIN, STAGE } from '../src/lib/sim/population';

const small = (o: Partial<Params> = {}) => withDefaults({ clients: 1500, years: 4, ...o });

describe('determinism', () => {
	it('gives identical output for the same seed and parameters', () => {
		const a = simulate(small({ seed: 42 }));
		const b = simulate(small({ seed: 42 }));
		expect(b.monthly).toEqual(a.monthly);
		expect(b.summary).toEqual(a.summary);
		expect(Array.from(b.events)).toEqual(Array.from(a.events));
	});

	it('gives different output for a different seed', () => {
		const a = simulate(small({ seed: 1 }));
		const b = simulate(small({ seed: 2 }));
		expect(b.summary.cumulativeProfit).not.toBe(a.summary.cumulativeProfit);
		expect(b.monthly.map((s) => s.lost)).not.toEqual(a.monthly.map((s) => s.lost));
	});
});

describe('conservation', () => {
	it('keeps every client in exactly one stage every month', () => {
		const params = small({ seed: 9, shockMonth: 20, shockSize: 0.5 });
		const model = new Model(params, 12345);
		const total = () => model.potentialPool + model.pop.size;
		const start = total();
		for (let m = 1; m <= params.years * 12; m++) {
			const snap = model.step();
			const counts = [0, 0, 0, 0];
			for (let i = 0; i < model.pop.size; i++) counts[model.pop.stage[i]]++;
			expect(counts.reduce((a, b) => a + b, 0)).toBe(model.pop.size);
			expect(counts[STAGE.current]).toBe(snap.activeClients);
			expect(counts[STAGE.target]).toBe(snap.targets);
			expect(snap.byLevel.reduce((a, b) => a + b, 0)).toBe(snap.activeClients);
			// Nobody appears from nowhere: anonymous potential clients plus agents stay constant,
			// except for friends brought in by referrals, who enter the market from outside it.
			let referred = 0;
			for (let i = 0; i < model.pop.size; i++)
				if (model.pop.origin[i] === ORIGIN.referred) referred++;
			expect(total()).toBe(start + referred);
		}
	});

	it('accounts for every client: start + acquired − lost = end', () => {
		const r = simulate(small({ seed: 3 }));
		let n = r.summary.activeClientsStart;
		for (const s of r.monthly) {
			n += s.acquired - s.lost;
			expect(s.activeClients).toBe(n);
			expect(s.lost).toBe(s.lostCompetitor + s.lostDissatisfied + s.lostShock);
		}
	});
});

describe('accounting identity', () => {
	it('profit = revenue − retention cost − acquisition cost − investment (− fixed overhead), every month', () => {
		const r = simulate(small({ seed: 5, investment: 12 }));
		let cumulative = 0;
		for (const s of r.monthly) {
			const parts = s.retentionCost + s.acquisitionCost + s.investmentCost + s.overheadCost;
			expect(s.cost).toBeCloseTo(parts, 6);
			expect(s.profit).toBeCloseTo(s.revenue - s.cost, 6);
			cumulative += s.profit;
			expect(s.cumulativeProfit).toBeCloseTo(cumulative, 4);
			expect(s.acquisitionCost).toBeCloseTo(
				s.acquired * 12 * r.params.serviceCost * r.params.acquisitionMultiple,
				6
			);
			// Investment is paid for the clients who stayed this month (new arrivals join at its end).
			expect(s.investmentCost).toBeCloseTo((s.activeClients - s.acquired) * r.params.investment, 6);
		}
	});
});

function allFinite(monthly: Snapshot[], summary: object): boolean {
	const values: unknown[] = [...Object.values(summary)];
	for (const s of monthly) values.push(...Object.values(s).flat());
	return values.every((v) => typeof v !== 'number' || Number.isFinite(v));
}

describe('schema extremes', () => {
	for (const spec of PARAMS) {
		for (const end of ['min', 'max'] as const) {
			it(`${spec.key} at its ${end} (${spec[end]}) gives finite numbers`, () => {
				const big = spec.key === 'clients' && end === 'max';
				const params = small({ [spec.key]: spec[end], ...(big ? { years: 1 } : {}) });
				const r = simulate(params, { history: !big });
				expect(r.monthly.length).toBe(params.years * 12);
				expect(allFinite(r.monthly, r.summary)).toBe(true);
			});
		}
	}

	it('every parameter at its minimum, then at its maximum, gives finite numbers', () => {
		for (const end of ['min', 'max'] as const) {
			const params = Object.fromEntries(PARAMS.map((p) => [p.key, p[end]])) as Params;
			params.clients = 2000;
			params.years = 3;
			const r = simulate(params);
			expect(allFinite(r.monthly, r.summary)).toBe(true);
		}
	});
});
