// The headless CLI: flag parsing against the schema, exit code 2 on bad input, and the JSON shape.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { CliError, parseArgs } from '../src/lib/cli/args';
import { DEFAULTS } from '../src/lib/sim';

function run(...args: string[]) {
	const out = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/sim.ts', ...args], {
		encoding: 'utf8',
		timeout: 60_000
	});
	return { code: out.status, stdout: out.stdout, stderr: out.stderr };
}

describe('parseArgs', () => {
	it('reads --key value and --key=value', () => {
		const o = parseArgs([
			'--retention',
			'0.85',
			'--acquisitionMultiple=6',
			'--seed',
			'7',
			'--json'
		]);
		expect(o.params).toEqual({ ...DEFAULTS, retention: 0.85, acquisitionMultiple: 6, seed: 7 });
		expect(o.json).toBe(true);
		expect(o.runs).toBe(1);
	});

	it.each([
		[['--retention', '1.5'], /--retention: "1.5" is out of range; allowed 0.5 to 0.99/],
		[['--retention', 'abc'], /--retention: "abc" is not a number; allowed 0.5 to 0.99/],
		[['--clients', '-5'], /--clients: "-5" is out of range; allowed 100 to 1000000/],
		[['--nope', '1'], /--nope is not a parameter/],
		[['--seed'], /--seed needs a value/],
		[['--runs', '0'], /--runs: "0" is not allowed/],
		[['--seed', '1', '--seed', '2'], /--seed was given twice/],
		[['stray'], /Unexpected argument "stray"/]
	])('rejects %j with a message naming the key, value and range', (args, message) => {
		expect(() => parseArgs(args)).toThrow(CliError);
		expect(() => parseArgs(args)).toThrow(message);
	});
});

describe('npm run sim', () => {
	it('prints { params, summary, monthly } with --json', () => {
		const { code, stdout } = run(
			'--retention',
			'0.85',
			'--acquisitionMultiple',
			'6',
			'--seed',
			'7',
			'--clients',
			'1000',
			'--json'
		);
		expect(code).toBe(0);
		const body = JSON.parse(stdout);
		expect(body.params.retention).toBe(0.85);
		expect(body.params.seed).toBe(7);
		for (const k of [
			'cumulativeProfit',
			'discountedProfit',
			'activeClientsEnd',
			'annualChurn',
			'averageLifetimeValue'
		])
			expect(typeof body.summary[k]).toBe('number');
		expect(body.monthly).toHaveLength(120);
		for (const k of ['month', 'activeClients', 'acquired', 'lost', 'revenue', 'cost', 'profit'])
			expect(typeof body.monthly[0][k]).toBe('number');
	});

	it('runs seeds seed … seed+N−1 with --runs', () => {
		const { code, stdout } = run(
			'--seed',
			'7',
			'--runs',
			'3',
			'--clients',
			'500',
			'--years',
			'2',
			'--json'
		);
		expect(code).toBe(0);
		const body = JSON.parse(stdout);
		expect(body.runs.map((r: { seed: number }) => r.seed)).toEqual([7, 8, 9]);
		expect(body.runs[0].monthly).toHaveLength(24);
		expect(body.runs[0].summary.cumulativeProfit).not.toBe(body.runs[1].summary.cumulativeProfit);
	});

	it('exits 2 with a clear message on an out-of-range value', () => {
		const { code, stderr, stdout } = run('--retention', '1.5');
		expect(code).toBe(2);
		expect(stderr).toContain('--retention: "1.5" is out of range; allowed 0.5 to 0.99');
		expect(stdout).toBe('');
	});

	it('prints a short human summary without --json', () => {
		const { code, stdout } = run('--clients', '500', '--years', '2');
		expect(code).toBe(0);
		expect(stdout).toMatch(/seed 1: profit/);
	});
});
