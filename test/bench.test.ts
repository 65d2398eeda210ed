// The bench in smoke mode (as CI runs it): it runs to the end and prints every figure of issue 7 with its target; no timing is asserted.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';

/** Each figure's line starts with its label and ends with its target and a verdict. */
const FIGURES = [
	'Default run (10,000 clients, 10 years, full model, Node)',
	'Throughput vs bare draw loop',
	'clients × 10 years in a worker',
	'Slider input → charts redrawn (Chromium)',
	'Simulator page JavaScript (gzipped)'
];

describe('npm run bench -- --smoke', () => {
	it('prints every figure with its target and a verdict', () => {
		const out = execFileSync('npx', ['tsx', 'scripts/bench.ts', '--smoke'], {
			encoding: 'utf8',
			timeout: 170_000,
			env: { ...process.env, NO_COLOR: '1' }
		});
		const lines = out.split('\n');
		for (const label of FIGURES) {
			const line = lines.find((l) => l.includes(label));
			expect(line, `a line for "${label}" in:\n${out}`).toBeDefined();
			expect(line).toMatch(/ — target .+ — (PASS|MISS|SKIP)$/);
		}
		// The measured figures carry numbers (not placeholders).
		expect(lines.find((l) => l.startsWith('Default run'))).toMatch(/median \d+(\.\d+)? ms/);
		expect(lines.find((l) => l.startsWith('Throughput'))).toMatch(/\d+% \(model/);
		expect(lines.find((l) => l.includes('in a worker'))).toMatch(/blocked at most \d+(\.\d+)? ms/);
	}, 180_000);
});
