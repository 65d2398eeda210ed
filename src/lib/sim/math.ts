// The standard normal distribution's inverse, used to give clients their traits and in the claims' arithmetic.

/** Inverse of the standard normal distribution function (Acklam's rational approximation; relative error < 1.2e-9). */
export function probit(q: number): number {
	if (q <= 0) return -Infinity;
	if (q >= 1) return Infinity;
	const lo = 0.02425;
	if (q < lo) return probitTail(q);
	if (q > 1 - lo) return -probitTail(1 - q);
	const t = q - 0.5;
	const r = t * t;
	return (
		((((((-39.69683028665376 * r + 220.9460984245205) * r - 275.9285104469687) * r +
			138.357751867269) *
			r -
			30.66479806614716) *
			r +
			2.506628277459239) *
			t) /
		(((((-54.47609879822406 * r + 161.5858368580409) * r - 155.6989798598866) * r +
			66.80131188771972) *
			r -
			13.28068155288572) *
			r +
			1)
	);
}

/** probit(q) for q below 0.02425. */
function probitTail(q: number): number {
	const t = Math.sqrt(-2 * Math.log(q));
	return (
		(((((-0.007784894002430293 * t - 0.3223964580411365) * t - 2.400758277161838) * t -
			2.549732539343734) *
			t +
			4.374664141464968) *
			t +
			2.938163982698783) /
		((((0.007784695709041462 * t + 0.3224671290700398) * t + 2.445134137142996) * t +
			3.754408661907416) *
			t +
			1)
	);
}
