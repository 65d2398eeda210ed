// The CLI's short human-readable summary of one run or of several seeds.
import type { RunResult } from '../sim';
import { count, money, percent } from '../format';

export function summaryText(results: RunResult[]): string {
	const first = results[0];
	const p = first.params;
	const lines = [
		`Retention Lab: ${count(p.clients)} starting clients, ${p.years} years, retention ${percent(p.retention)}, acquisition ${p.acquisitionMultiple}× keeping cost, investment ¤${p.investment}/client/month`
	];
	for (const r of results) {
		const s = r.summary;
		lines.push(
			`seed ${r.params.seed}: profit ${money(s.cumulativeProfit)} (discounted ${money(s.discountedProfit)}), clients ${count(s.activeClientsStart)} → ${count(s.activeClientsEnd)}, annual churn ${percent(s.annualChurn, 1)}, lifetime value ${money(s.averageLifetimeValue)}`
		);
	}
	if (results.length > 1) {
		const mean = results.reduce((a, r) => a + r.summary.cumulativeProfit, 0) / results.length;
		lines.push(`mean profit over ${results.length} seeds: ${money(mean)}`);
	}
	return lines.join('\n');
}
