// Exports of a run: its monthly series as CSV (both runs when comparing), and a file name for each download.
import { LEVELS, type RunResult, type Snapshot } from './sim';

/** Columns of the CSV: the month, every numeric field of a snapshot, and the level counts by name. */
function columns(s: Snapshot): string[] {
	return Object.keys(s).filter(
		(k) => k !== 'byLevel' && typeof s[k as keyof Snapshot] === 'number'
	);
}

/** A CSV cell: numbers at full precision (so the export matches the run to the last digit), text quoted when needed. */
function cell(v: string | number): string {
	if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
	return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * The monthly series of one or more runs as CSV, one row per run and month, with a `run` column
 * naming each run (e.g. "current", "baseline").
 */
export function runsToCsv(runs: { name: string; run: RunResult }[]): string {
	const first = runs.find((r) => r.run.monthly.length > 0)?.run.monthly[0];
	if (!first) return 'run,month\n';
	const cols = columns(first);
	const levelCols = LEVELS.map((l) => `clients_${l.id}`);
	const header = ['run', ...cols, ...levelCols];
	const lines = [header.map(cell).join(',')];
	for (const { name, run } of runs)
		for (const s of run.monthly)
			lines.push(
				[name, ...cols.map((c) => s[c as keyof Snapshot] as number), ...s.byLevel]
					.map(cell)
					.join(',')
			);
	return `${lines.join('\n')}\n`;
}

/** A safe file name from a title: "Monthly profit" → "retention-lab-monthly-profit". */
export function fileSlug(title: string): string {
	const slug = title
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return `retention-lab-${slug || 'chart'}`;
}
