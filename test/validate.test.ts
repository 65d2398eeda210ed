// Checking raw values against the schema: clamping, defaults for junk, and notices that say what happened.
import { describe, expect, it } from 'vitest';
import { DEFAULTS, PARAMS, SPEC, isValid, parseParams, snap } from '../src/lib/sim';

describe('parseParams', () => {
	it('accepts valid values silently', () => {
		const { params, notices } = parseParams([
			['retention', '0.85'],
			['seed', '7']
		]);
		expect(params).toEqual({ ...DEFAULTS, retention: 0.85, seed: 7 });
		expect(notices).toEqual([]);
	});

	it('clamps out-of-range values and names key, value, range and what was used', () => {
		const { params, notices } = parseParams([['retention', '1.5']]);
		expect(params.retention).toBe(0.99);
		expect(notices[0].message).toBe(
			'retention: 1.5 is outside the allowed 0.5 to 0.99; used 0.99.'
		);
	});

	it('replaces junk with the default', () => {
		const { params, notices } = parseParams([['investment', '<script>alert(1)</script>']]);
		expect(params.investment).toBe(DEFAULTS.investment);
		expect(notices[0].reason).toBe('malformed');
		expect(notices[0].message).toContain(`used the default ${DEFAULTS.investment}`);
	});

	it('ignores unknown keys and keeps the first of repeated keys, with notices', () => {
		const { params, notices } = parseParams([
			['foo', '1'],
			['seed', '3'],
			['seed', '4']
		]);
		expect(params.seed).toBe(3);
		expect(notices.map((n) => n.reason)).toEqual(['unknown-key', 'repeated']);
	});

	it('snaps every default onto its own step grid', () => {
		for (const p of PARAMS) expect(snap(SPEC[p.key], p.default)).toBe(p.default);
		expect(isValid(DEFAULTS)).toBe(true);
	});
});
