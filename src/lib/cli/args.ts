// Reads the simulator CLI's flags (`--key value`, `--key=value`) against the parameter schema; strict, never guesses.
import { PARAMS, SPEC, parseValue, rangeText, type ParamKey, type Params, DEFAULTS } from '../sim';

export interface CliOptions {
	params: Params;
	json: boolean;
	runs: number;
	help: boolean;
}

/** A bad flag: the message names the flag, the value received and what is allowed. */
export class CliError extends Error {}

const RUNS_MAX = 1000;

/** Parses argv (without node and script) into options; throws CliError on anything it cannot use as given. */
export function parseArgs(argv: string[]): CliOptions {
	const params: Params = { ...DEFAULTS };
	const seen = new Set<string>();
	let json = false;
	let runs = 1;
	let help = false;
	for (let k = 0; k < argv.length; k++) {
		const arg = argv[k];
		if (arg === '--json') json = true;
		else if (arg === '--help' || arg === '-h') help = true;
		else if (arg.startsWith('--')) {
			const eq = arg.indexOf('=');
			const key = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
			let raw: string | undefined = eq > 0 ? arg.slice(eq + 1) : argv[k + 1];
			if (eq < 0) {
				if (raw === undefined || (raw.startsWith('--') && !/^--?\d/.test(raw)))
					throw new CliError(`--${key} needs a value.`);
				k++;
			}
			raw = raw ?? '';
			if (key === 'runs') {
				const n = Number(raw);
				if (!/^\d+$/.test(raw.trim()) || n < 1 || n > RUNS_MAX)
					throw new CliError(
						`--runs: "${raw}" is not allowed; use a whole number from 1 to ${RUNS_MAX}.`
					);
				runs = n;
				continue;
			}
			if (!Object.hasOwn(SPEC, key))
				throw new CliError(
					`--${key} is not a parameter. Known: ${PARAMS.map((p) => p.key).join(', ')}, runs, json.`
				);
			if (seen.has(key)) throw new CliError(`--${key} was given twice.`);
			seen.add(key);
			const spec = SPEC[key as ParamKey];
			const { value, notice } = parseValue(spec, raw);
			if (notice)
				throw new CliError(
					`--${key}: "${notice.received}" is ${notice.reason === 'malformed' ? 'not a number' : 'out of range'}; allowed ${rangeText(spec)} (step ${spec.step}).`
				);
			params[key as ParamKey] = value;
		} else throw new CliError(`Unexpected argument "${arg}". Flags look like --retention 0.85.`);
	}
	return { params, json, runs, help };
}

/** The --help text, generated from the schema. */
export function helpText(): string {
	const rows = PARAMS.map(
		(p) =>
			`  --${p.key.padEnd(20)} ${p.label} (${p.unit || 'value'}), ${rangeText(p)}, default ${p.default}`
	);
	return [
		'Usage: npm run sim -- [--key value …] [--runs N] [--json]',
		'',
		'Runs the Retention Lab client-population model headless and prints a summary (or JSON).',
		'--runs N runs seeds seed … seed+N−1. --json prints { params, summary, monthly } (or { params, runs }).',
		'',
		'Parameters:',
		...rows
	].join('\n');
}
