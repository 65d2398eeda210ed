// Baseline against current run: which levers differ, the headline deltas, and the sentence that says what the change did.
import { PARAM_KEYS, SPEC, type ParamKey, type Params, type RunResult } from './sim';
import { change, count, money, paramValue, percent } from './format';

/** Parameters that differ between the baseline and the current run (the seed is shared, so never listed). */
export function changedParams(base: Params, now: Params): ParamKey[] {
	return PARAM_KEYS.filter((k) => k !== 'seed' && base[k] !== now[k]);
}

const WORDS = [
	'zero',
	'one',
	'two',
	'three',
	'four',
	'five',
	'six',
	'seven',
	'eight',
	'nine',
	'ten',
	'eleven',
	'twelve',
	'thirteen',
	'fourteen',
	'fifteen',
	'sixteen',
	'seventeen',
	'eighteen',
	'nineteen',
	'twenty'
];

/** "ten-year profit", "30-year profit". */
export function horizonProfit(years: number): string {
	const y = Number.isInteger(years) && years < WORDS.length ? WORDS[years] : String(years);
	return `${y}-year profit`;
}

function lowerFirst(s: string): string {
	return s.charAt(0).toLowerCase() + s.slice(1);
}

/** One lever's move in words: "raising retention rate from 80% to 85%", "turning textbook mode on". */
export function leverMove(key: ParamKey, from: number, to: number): string {
	const spec = SPEC[key];
	const label = lowerFirst(spec.label);
	if (spec.format === 'boolean') return `turning ${label} ${to ? 'on' : 'off'}`;
	const verb = to > from ? 'raising' : 'lowering';
	return `${verb} ${label} from ${paramValue(spec, from)} to ${paramValue(spec, to)}`;
}

function joinWords(parts: string[]): string {
	if (parts.length <= 1) return parts.join('');
	return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** A relative change with the baseline as the base; a negative base moves by its size (so + means more). */
export function relativeChange(base: number, now: number): number | null {
	return base !== 0 ? (now - base) / Math.abs(base) : null;
}

/**
 * The sentence under the comparison, e.g. "Raising retention rate from 80% to 85% raised ten-year
 * profit from ¤38.4M to ¤51.7M (+34.6%)." Built from the schema's labels and formats, for whichever
 * parameters differ.
 */
export function compareSentence(base: RunResult, now: RunResult): string {
	const keys = changedParams(base.params, now.params);
	if (keys.length === 0)
		return 'The run matches the baseline: move a lever to see what it changes.';
	const what =
		keys.length <= 3
			? joinWords(keys.map((k) => leverMove(k, base.params[k], now.params[k])))
			: `changing ${keys.length} settings (${joinWords(keys.map((k) => lowerFirst(SPEC[k].label)))})`;
	const x = base.summary.cumulativeProfit;
	const y = now.summary.cumulativeProfit;
	const sameHorizon = base.params.years === now.params.years;
	const subject = sameHorizon ? horizonProfit(now.params.years) : 'profit over the run';
	const from = sameHorizon ? money(x) : `${money(x)} (${base.params.years} years)`;
	const to = sameHorizon ? money(y) : `${money(y)} (${now.params.years} years)`;
	const r = relativeChange(x, y);
	const verb = y > x ? 'raised' : y < x ? 'lowered' : 'left';
	const tail =
		verb === 'left'
			? `left ${subject} unchanged at ${money(y)}`
			: `${verb} ${subject} from ${from} to ${to}${r === null ? '' : ` (${change(r)})`}`;
	const sentence = `${what} ${tail}.`;
	return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

/** One headline figure of both runs. */
export interface Delta {
	key: 'profit' | 'clients' | 'churn' | 'clv';
	label: string;
	base: string;
	now: string;
	/** The difference: a relative change (+43%) or, for rates, percentage points (−3.1 pts). */
	diff: string;
	/** +1 when the current run is better, −1 when worse, 0 when equal. */
	direction: -1 | 0 | 1;
}

function points(d: number): string {
	const p = d * 100;
	return `${p >= 0 ? '+' : '−'}${Math.abs(p).toFixed(1)} pts`;
}

function rel(base: number, now: number): string {
	const r = relativeChange(base, now);
	return r === null ? '—' : change(r);
}

/** The headline figures of the baseline and the current run, side by side with their difference. */
export function headlineDeltas(base: RunResult, now: RunResult): Delta[] {
	const b = base.summary;
	const n = now.summary;
	const dir = (better: number): -1 | 0 | 1 => (better > 0 ? 1 : better < 0 ? -1 : 0);
	return [
		{
			key: 'profit',
			label:
				base.params.years === now.params.years
					? `Profit over ${now.params.years} years`
					: 'Profit over the run',
			base: money(b.cumulativeProfit),
			now: money(n.cumulativeProfit),
			diff: rel(b.cumulativeProfit, n.cumulativeProfit),
			direction: dir(n.cumulativeProfit - b.cumulativeProfit)
		},
		{
			key: 'clients',
			label: 'Clients at the end',
			base: count(b.activeClientsEnd),
			now: count(n.activeClientsEnd),
			diff: rel(b.activeClientsEnd, n.activeClientsEnd),
			direction: dir(n.activeClientsEnd - b.activeClientsEnd)
		},
		{
			key: 'churn',
			label: 'Annual churn',
			base: percent(b.annualChurn, 1),
			now: percent(n.annualChurn, 1),
			diff: points(n.annualChurn - b.annualChurn),
			direction: dir(b.annualChurn - n.annualChurn)
		},
		{
			key: 'clv',
			label: 'Average client lifetime value',
			base: money(b.averageLifetimeValue),
			now: money(n.averageLifetimeValue),
			diff: rel(b.averageLifetimeValue, n.averageLifetimeValue),
			direction: dir(n.averageLifetimeValue - b.averageLifetimeValue)
		}
	];
}
