// The headless simulator: `npm run sim -- --retention 0.85 --seed 7 --json` runs the same engine as the page.
import { simulate, type RunResult } from '../src/lib/sim';
import { CliError, helpText, parseArgs } from '../src/lib/cli/args';
import { summaryText } from '../src/lib/cli/report';

function main(argv: string[]): number {
	let options;
	try {
		options = parseArgs(argv);
	} catch (err) {
		if (err instanceof CliError) {
			process.stderr.write(
				`Error: ${err.message}\nRun with --help for every parameter and its range.\n`
			);
			return 2;
		}
		throw err;
	}
	if (options.help) {
		process.stdout.write(`${helpText()}\n`);
		return 0;
	}
	const { params, runs } = options;
	const results: RunResult[] = [];
	for (let k = 0; k < runs; k++)
		results.push(simulate({ ...params, seed: params.seed + k }, { history: false }));
	if (options.json) {
		const body =
			runs === 1
				? { params, summary: results[0].summary, monthly: results[0].monthly }
				: {
						params,
						runs: results.map((r) => ({
							seed: r.params.seed,
							summary: r.summary,
							monthly: r.monthly
						}))
					};
		process.stdout.write(`${JSON.stringify(body)}\n`);
	} else {
		process.stdout.write(`${summaryText(results)}\n`);
	}
	return 0;
}

process.exitCode = main(process.argv.slice(2));
