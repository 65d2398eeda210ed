// Compare and export: the sentence says what changed, the baseline shares the run's random draws, and the CSV carries both runs exactly.
import { describe, expect, it } from 'vitest';
import { DEFAULTS, simulate, type Params } from '$lib/sim';
import { changedParams, compareSentence, headlineDeltas, horizonProfit } from '$lib/compare';
import { runsToCsv, fileSlug } from '$lib/export';
import { withGhost, ghostTotalClients, GHOST_SUFFIX } from '$lib/charts/ghost';
import { cumulativeProfit, clientsByLevel, monthlyProfit } from '$lib/charts/series';
import { money } from '$lib/format';

const small: Params = { ...DEFAULTS, clients: 1000, years: 5, seed: 3 };
const run = (p: Partial<Params>) => simulate({ ...small, ...p }, { history: false });

describe('the comparison sentence', () => {
	const base = run({});
	const now = run({ retention: 0.85 });

	it('names the lever, both values, both profits and the change, from the schema labels and formats', () => {
		const s = compareSentence(base, now);
		const x = base.summary.cumulativeProfit;
		const y = now.summary.cumulativeProfit;
		expect(s).toMatch(
			/^Raising retention rate from 80% to 85% (raised|lowered) five-year profit from /
		);
		expect(s).toContain(`from ${money(x)} to ${money(y)}`);
		const pct = ((y - x) / Math.abs(x)) * 100;
		expect(s).toContain(
			`${pct >= 0 ? '+' : '−'}${Math.abs(pct).toFixed(Math.abs(pct) < 10 ? 1 : 0)}%)`
		);
		expect(s.endsWith('.')).toBe(true);
	});

	it('handles several levers, booleans and no change at all', () => {
		const two = run({ retention: 0.85, acquisitionMultiple: 4 });
		expect(compareSentence(base, two)).toMatch(
			/^Raising retention rate from 80% to 85% and lowering acquisition cost from 6× to 4× /
		);
		const many = run({ retention: 0.85, acquisitionMultiple: 4, investment: 10, focus: 1 });
		expect(compareSentence(base, many)).toMatch(/^Changing 4 settings \(retention rate, /);
		expect(compareSentence(base, base)).toMatch(/matches the baseline/);
		expect(changedParams(base.params, { ...base.params, seed: 99 })).toEqual([]);
		expect(horizonProfit(10)).toBe('ten-year profit');
		expect(horizonProfit(25)).toBe('25-year profit');
	});

	it('gives the headline deltas with a direction', () => {
		const d = headlineDeltas(base, now);
		expect(d.map((x) => x.key)).toEqual(['profit', 'clients', 'churn', 'clv']);
		// Higher retention keeps more clients and lowers churn: both count as better.
		expect(d[1].direction).toBe(1);
		expect(d[2].direction).toBe(1);
		expect(d[2].diff).toMatch(/^−\d+\.\d pts$/);
	});
});

describe('common random numbers', () => {
	it('the same seed gives the same run; a cost-only lever leaves every client’s story unchanged', () => {
		const a = simulate({ ...small }, { history: true });
		const b = simulate({ ...small }, { history: true });
		expect(b.summary).toEqual(a.summary);
		// Acquisition cost changes what clients cost, not what they do: the same clients join, climb and leave.
		const c = simulate({ ...small, acquisitionMultiple: 7 }, { history: true });
		expect(c.events).toEqual(a.events);
		expect(c.monthly.map((s) => s.activeClients)).toEqual(a.monthly.map((s) => s.activeClients));
		expect(c.summary.cumulativeProfit).toBeLessThan(a.summary.cumulativeProfit);
	});
});

describe('export', () => {
	it('writes the monthly series of both runs, at full precision', () => {
		const base = run({});
		const now = run({ retention: 0.9 });
		const csv = runsToCsv([
			{ name: 'current', run: now },
			{ name: 'baseline', run: base }
		]);
		const lines = csv.trim().split('\n');
		const header = lines[0].split(',');
		expect(header.slice(0, 2)).toEqual(['run', 'month']);
		expect(header).toContain('profit');
		expect(header).toContain('clients_alliance');
		expect(lines.length).toBe(1 + now.monthly.length + base.monthly.length);
		const profit = header.indexOf('profit');
		const firstBase = lines.find((l) => l.startsWith('baseline,'))!.split(',');
		expect(Number(firstBase[profit])).toBe(base.monthly[0].profit);
		expect(lines.filter((l) => l.startsWith('current,'))).toHaveLength(now.monthly.length);
		expect(fileSlug('Current clients by relationship level')).toBe(
			'retention-lab-current-clients-by-relationship-level'
		);
	});

	it('adds the baseline to the charts as ghost lines', () => {
		const base = run({});
		const now = run({ retention: 0.9 });
		const g = withGhost(monthlyProfit(now.monthly), monthlyProfit(base.monthly), ['Profit']);
		const ghosts = g.series.filter((s) => s.ghost);
		expect(ghosts.map((s) => s.label)).toEqual([`Profit${GHOST_SUFFIX}`]);
		expect(ghosts[0].data).toEqual(base.monthly.map((s) => s.profit));
		expect(withGhost(cumulativeProfit(now.monthly), null)).toEqual(cumulativeProfit(now.monthly));
		const levels = ghostTotalClients(clientsByLevel(now.monthly), base.monthly);
		expect(levels.series.at(-1)?.data).toEqual(base.monthly.map((s) => s.activeClients));
	});
});
