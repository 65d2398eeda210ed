// Trust and commitment in closed form: a client's trust at any month, from where it stood when its relationship last changed.

/**
 * Each month trust grows by gain × (1 − trust) while the client is above transactional and satisfied, and
 * shrinks × decay otherwise (rates.ts). Between changes of level the rule stays the same, so after n months
 * trust is 1 − (1 − t₀)(1 − gain)ⁿ or t₀ · decayⁿ: the model stores t₀ and the month it held, and works out
 * trust only when a client's draw may bring an event.
 */
export class TrustCurve {
	/** (1 − gain)ⁿ: the part of the distance to full trust still left after n months of growth. */
	private readonly left: Float64Array;
	/** decayⁿ: the part of trust still held after n months of fading. */
	private readonly held: Float64Array;

	/** Tables for up to `months` months (repeated products, so every machine gets the same numbers). */
	constructor(gain: number, decay: number, months: number) {
		this.left = new Float64Array(months + 2);
		this.held = new Float64Array(months + 2);
		this.left[0] = 1;
		this.held[0] = 1;
		for (let n = 1; n < this.left.length; n++) {
			this.left[n] = this.left[n - 1] * (1 - gain);
			this.held[n] = this.held[n - 1] * decay;
		}
	}

	/** Trust n months after it stood at t0, growing or fading all that time. */
	at(t0: number, n: number, growing: boolean): number {
		return growing ? 1 - (1 - t0) * this.left[n] : t0 * this.held[n];
	}
}
