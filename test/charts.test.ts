// Chart datasets: stacked areas fill down to the area below them (the first to zero), never to a baseline's ghost line.
import { describe, expect, it } from 'vitest';
import { DEFAULTS, simulate } from '$lib/sim';
import { clientsByLevel } from '$lib/charts/series';
import { ghostTotalClients } from '$lib/charts/ghost';
import { toDatasets } from '$lib/charts/datasets';

describe('chart datasets', () => {
	const run = simulate({ ...DEFAULTS, clients: 500, years: 2 }, { history: false });

	it('stacks the levels from zero, each area filled down to the one below', () => {
		const sets = toDatasets(clientsByLevel(run.monthly), (c) => c, 2);
		expect(sets.map((s) => s.fill)).toEqual(['origin', 0, 1, 2]);
	});

	it('leaves the ghost total unfilled and out of the levels’ stack', () => {
		const chart = ghostTotalClients(clientsByLevel(run.monthly), run.monthly);
		const sets = toDatasets(chart, (c) => c, 2);
		expect(sets.map((s) => s.fill)).toEqual(['origin', 0, 1, 2, false]);
		expect(sets[4].stack).toBe('ghost');
	});
});
