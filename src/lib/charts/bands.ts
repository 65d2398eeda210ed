// Adds the spread over seeds to a chart: a median line with its 5–95% band, so a trainee sees how much is luck.
import { count, money, percent } from '$lib/format';
import type { Range, Spread, SpreadSeries } from '$lib/worker/protocol';
import type { ChartData } from './series';

/**
 * The chart with the spread's median of `series` added as a dashed line over its 5–95% band (in `color`).
 * Unchanged when there is no spread yet or its months do not match the chart's.
 */
export function withSpread(
	chart: ChartData,
	spread: Spread | null,
	series: SpreadSeries,
	color = 'var(--accent)'
): ChartData {
	if (!spread || spread.months.length !== chart.labels.length) return chart;
	const band = spread.series[series];
	return {
		...chart,
		series: [
			...chart.series,
			{
				label: `Median of ${spread.seeds} seeds`,
				data: band.median,
				color,
				dashed: true,
				band: { lo: band.lo, hi: band.hi }
			}
		]
	};
}

/** The headline figures' 5–95% ranges over seeds, as short texts for the Headline, once the spread has run. */
export function spreadRanges(
	spread: Spread | null
): Partial<Record<'profit' | 'clients' | 'churn' | 'clv', string>> {
	if (!spread) return {};
	const f = spread.figures;
	const span = (r: Range, show: (v: number) => string) => `5–95%: ${show(r.lo)} to ${show(r.hi)}`;
	return {
		profit: span(f.cumulativeProfit, money),
		clients: span(f.activeClientsEnd, count),
		churn: span(f.annualChurn, (v) => percent(v, 1)),
		clv: span(f.averageLifetimeValue, money)
	};
}
