// The agent view's model: replaying the event log gives exactly the engine's client counts, levels, arrivals and departures every month, and the engine's 80/20 figure.
import { describe, expect, it } from 'vitest';
import { simulate, withDefaults, type Params } from '../src/lib/sim';
import {
	FADE_MONTHS,
	STATUS,
	Timeline,
	TopShareSeries,
	chooseCell,
	clientStory,
	concentrationCurve,
	hitTest,
	layoutBands,
	locate,
	markAt,
	move,
	recentDepartures
} from '../src/lib/agents';

const run = (o: Partial<Params> = {}) => simulate(withDefaults({ clients: 2000, years: 6, ...o }));

/** Settings that exercise every kind of event: shocks, held levels, textbook mode, heavy referral. */
const CASES: [string, Partial<Params>][] = [
	['defaults', {}],
	['a market shock', { seed: 7, shockMonth: 30, shockSize: 0.6 }],
	['levels held at partnership', { seed: 3, holdLevel: 2 }],
	['textbook mode', { seed: 4, textbook: 1 }],
	['high investment and referral', { seed: 5, investment: 40, referral: 3, retention: 0.95 }],
	['low retention', { seed: 6, retention: 0.5, years: 3 }]
];

describe('Timeline', () => {
	for (const [name, o] of CASES) {
		it(`matches the engine's current clients, by level, every month (${name})`, () => {
			const r = run(o);
			const tl = new Timeline(r);
			expect(tl.hasHistory).toBe(true);
			for (let m = 1; m <= r.monthly.length; m++) {
				const pop = tl.at(m);
				const snap = r.monthly[m - 1];
				expect(pop.month).toBe(m);
				expect(pop.current.length, `month ${m}`).toBe(snap.activeClients);
				expect(pop.byLevel, `month ${m}`).toEqual(snap.byLevel);
				expect(pop.arrivals.length, `arrivals in month ${m}`).toBe(snap.acquired);
				expect(pop.departures.length, `departures in month ${m}`).toBe(snap.lost);
			}
		});
	}

	it('starts from the starting book at month 0', () => {
		const r = run();
		const pop = new Timeline(r).at(0);
		expect(pop.current.length).toBe(r.summary.activeClientsStart);
		expect(pop.arrivals.length).toBe(0);
		expect(pop.departures.length).toBe(0);
	});

	it('gives the same answer going backwards as going forwards (scrubbing)', () => {
		const r = run({ seed: 11, shockMonth: 20 });
		const tl = new Timeline(r);
		const forward = [10, 25, 40].map((m) => {
			const p = tl.at(m);
			return {
				byLevel: [...p.byLevel],
				current: Array.from(p.current),
				arrivals: Array.from(p.arrivals)
			};
		});
		const back = [40, 25, 10].map((m) => {
			const p = tl.at(m);
			return {
				byLevel: [...p.byLevel],
				current: Array.from(p.current),
				arrivals: Array.from(p.arrivals)
			};
		});
		expect(back.reverse()).toEqual(forward);
	});

	it("agrees with the engine's final agent table at the end of the run", () => {
		const r = run({ seed: 12 });
		const pop = new Timeline(r).at(r.monthly.length);
		const a = r.agents;
		for (let i = 0; i < a.size; i++) {
			if (a.stage[i] === 2) {
				expect(pop.status[i]).toBe(STATUS.current);
				expect(pop.level[i]).toBe(a.level[i]);
				expect(pop.products[i]).toBe(a.products[i]);
				expect(pop.joined[i]).toBe(a.joined[i]);
			} else if (a.stage[i] === 3) {
				expect(pop.status[i]).toBe(STATUS.lost);
				expect(pop.left[i]).toBe(a.left[i]);
			} else expect(pop.status[i]).not.toBe(STATUS.current);
		}
	});

	it('reports a run without history instead of inventing clients', () => {
		const r = simulate(withDefaults({ clients: 500, years: 2 }), { history: false });
		const tl = new Timeline(r);
		expect(tl.hasHistory).toBe(false);
		expect(tl.at(5).current.length).toBe(0);
	});
});

describe('80/20', () => {
	it("computes the engine's top-20% share in the last month", () => {
		for (const [, o] of CASES) {
			const r = run(o);
			const shares = new TopShareSeries(r).upTo(r.monthly.length);
			expect(shares).toHaveLength(r.monthly.length);
			expect(shares[shares.length - 1]).toBeCloseTo(r.summary.top20Share, 9);
			shares.forEach((s, k) => {
				// The top 20% is a whole number of clients: round(0.2 n) of n, paying at least their share.
				const n = r.monthly[k].activeClients;
				expect(s).toBeGreaterThanOrEqual(Math.round(0.2 * n) / n - 1e-9);
				expect(s).toBeLessThanOrEqual(1);
			});
		}
	});

	it('is exactly 20% when every client pays the same (textbook mode)', () => {
		const r = run({ textbook: 1 });
		const shares = new TopShareSeries(r).upTo(12);
		shares.forEach((s, k) => {
			const n = r.monthly[k].activeClients;
			expect(s).toBeCloseTo(Math.round(0.2 * n) / n, 9);
		});
	});

	it('draws a concentration curve from 0 to 1 that never falls and lies above the diagonal', () => {
		const r = run({ seed: 2 });
		const series = new TopShareSeries(r);
		const curve = concentrationCurve(series.revenuesAt(24), 20);
		expect(curve[0]).toEqual({ clients: 0, revenue: 0 });
		expect(curve[20].revenue).toBeCloseTo(1, 9);
		for (let k = 1; k < curve.length; k++) {
			expect(curve[k].revenue).toBeGreaterThanOrEqual(curve[k - 1].revenue);
			expect(curve[k].revenue).toBeGreaterThanOrEqual(curve[k].clients - 1e-9);
		}
		expect(curve[4].revenue).toBeCloseTo(series.upTo(24)[23], 2);
	});
});

describe('layout', () => {
	const r = run({ seed: 8, shockMonth: 12, shockSize: 0.8 });
	const pop = new Timeline(r).at(13);
	const departed = recentDepartures(pop);
	const L = layoutBands(pop, departed, 600, 4, 20);

	it('draws every current client once, in its level band, and the recent departures', () => {
		expect(L.bands).toHaveLength(5);
		for (let l = 0; l < 4; l++) {
			expect(L.bands[l].agents.length).toBe(r.monthly[12].byLevel[l]);
			for (const i of L.bands[l].agents) expect(pop.level[i]).toBe(l);
		}
		const lost = r.monthly.slice(13 - FADE_MONTHS, 13).reduce((a, s) => a + s.lost, 0);
		expect(L.bands[4].agents.length).toBe(lost);
		const all = L.bands.flatMap((b) => Array.from(b.agents));
		expect(new Set(all).size).toBe(all.length);
	});

	it('finds the client under a point and locates a client (click and keyboard agree)', () => {
		const band = L.bands[0];
		for (const k of [0, 1, L.cols, band.agents.length - 1]) {
			const p = markAt(L, band, k);
			const hit = hitTest(L, p.x + 1, p.y + 1);
			expect(hit?.agent).toBe(band.agents[k]);
			expect(locate(L, band.agents[k])).toEqual({ band: 0, index: k });
		}
		expect(hitTest(L, -5, 0)).toBeNull();
	});

	it('moves the keyboard highlight within and across bands', () => {
		expect(move(L, { band: 0, index: 0 }, 'ArrowRight')).toEqual({ band: 0, index: 1 });
		expect(move(L, { band: 0, index: 0 }, 'ArrowLeft')).toEqual({ band: 0, index: 0 });
		expect(move(L, { band: 0, index: 0 }, 'ArrowDown')).toEqual({ band: 0, index: L.cols });
		const last = L.bands[0].agents.length - 1;
		const next = move(L, { band: 0, index: last }, 'ArrowRight');
		expect(next.band).toBeGreaterThan(0);
		expect(next.index).toBe(0);
		expect(move(L, next, 'ArrowLeft')).toEqual({ band: 0, index: last });
	});

	it('chooses a cell at which the most marks of the run fit', () => {
		const cell = chooseCell(600, 300, 10_000, 9);
		expect(cell).toBeGreaterThanOrEqual(1);
		expect(Math.ceil(10_000 / Math.floor(600 / cell)) * cell).toBeLessThanOrEqual(300);
		expect(chooseCell(600, 300, 10, 9)).toBe(9);
	});
});

describe('client story', () => {
	it('tells when and how a client arrived and, if it left, when and why', () => {
		const r = run({ seed: 9 });
		const tl = new Timeline(r);
		const end = tl.at(r.monthly.length);
		const a = r.agents;
		let left = -1;
		for (let i = 0; i < a.size && left < 0; i++)
			if (a.stage[i] === 3 && a.origin[i] !== 0) left = i;
		expect(left).toBeGreaterThanOrEqual(0);
		const s = clientStory(r, end, left);
		expect(s.status).toBe('left');
		expect(s.lines[0].text).toMatch(/became a client/);
		expect(s.lines[s.lines.length - 1].text).toMatch(/^left: /);
		expect(s.left).toBe(a.left[left]);
		// Seen before it left: the story stops at the shown month and says more is to come.
		const before = clientStory(r, tl.at(a.left[left] - 1), left);
		expect(before.status).toBe('current');
		expect(before.more).toBe(true);
		expect(before.lines.every((l) => l.month < a.left[left])).toBe(true);
	});
});
