// Each client's limits for the monthly pass: the most each slot of its draw can bring an event, until the client next changes.
import {
	CHURN_ZONE,
	LIMIT_MAX,
	LIMIT_SHIFT,
	S_CHURN,
	S_GAP,
	S_GROWS,
	S_LEVEL,
	S_PRODUCTS,
	S_TRUST,
	S_WEIGHT
} from './book';
import type { Rates } from './rates';

/** Positions of a slot per unit of chance (2³²), in steps of 2¹⁴ (book.ts). */
const STEPS_PER_CHANCE = 4294967296 / 2 ** LIMIT_SHIFT;

/**
 * The limit (book.ts) for an event whose chance is at most `chance`: positions in a slot below
 * chance × 2³² may bring it, counted in steps of 2¹⁴. Rounded up, with a margin, so that rounding never
 * hides an event.
 */
function limitOf(chance: number): number {
	if (!(chance > 0)) return 0;
	const v = Math.ceil(chance * STEPS_PER_CHANCE * (1 + 1e-9)) + 1;
	return v > LIMIT_MAX ? LIMIT_MAX : v;
}

/**
 * Works out limits from the model's chances (model.ts, live()). Trust lowers churn and demotion and raises
 * promotion and referral; while it grows it stays between its stored value and 1, while it fades between 0
 * and its stored value, so each limit takes the worst case over that range.
 */
export class EventLimits {
	private readonly r: Rates;
	private readonly promoteBy: Float64Array;
	/** Limits of the slots whose bound depends only on level and satisfaction: index slot × 8 + level × 2 + good. */
	private readonly fixed = new Uint16Array(64);

	/** With `checkAll`, every limit is the largest there is (see Model). */
	private readonly checkAll: boolean;

	constructor(r: Rates, promoteBy: Float64Array, checkAll = false) {
		this.r = r;
		this.promoteBy = promoteBy;
		this.checkAll = checkAll;
		for (let l = 0; l < 4; l++)
			for (let g = 0; g < 2; g++) {
				const o = l * 2 + g;
				this.fixed[5 * 8 + o] = l > 0 ? limitOf(r.demote * (g ? 1 : 2)) : 0;
				this.fixed[6 * 8 + o] = limitOf(r.crossSell * (1 + 0.5 * l) * (g ? 1 : 0.5));
				this.fixed[7 * 8 + o] = l > 0 && g ? limitOf(r.referral * 2) : 0;
			}
	}

	/** Writes the eight limits of the client at position k, whose state starts at `os` in `st`, into `limit` (8 per position). */
	set(limit: Uint16Array, k: number, st: Float64Array, os: number): void {
		const r = this.r;
		const o = k * 8;
		if (this.checkAll) {
			limit.fill(LIMIT_MAX, o, o + 8);
			return;
		}
		const l = st[os + S_LEVEL];
		const good = st[os + S_GAP] >= 0;
		const grows = st[os + S_GROWS] === 1;
		const trust = st[os + S_TRUST];
		const trustLow = grows ? trust : 0;
		const trustHigh = grows ? 1 : trust;
		// Slots 0–3, the churn zone: the hazard at the lowest trust, never above the zone.
		const hazard = r.hazard * st[os + S_CHURN] * (1 - r.trustShield * trustLow);
		const churn = limitOf(hazard < CHURN_ZONE ? hazard : CHURN_ZONE);
		for (let slot = 0; slot < 4; slot++) {
			const v = churn - slot * LIMIT_MAX;
			limit[o + slot] = v < 0 ? 0 : v > LIMIT_MAX ? LIMIT_MAX : v;
		}
		// Slot 4, promotion: depends on the client's weight, so worked out here.
		limit[o + 4] = limitOf(
			r.promote * this.promoteBy[l] * st[os + S_WEIGHT] * (0.5 + trustHigh) * (good ? 1 : 0.5)
		);
		// Slots 5–7: demotion, cross-selling (none at six products) and referral.
		const f = l * 2 + (good ? 1 : 0);
		limit[o + 5] = this.fixed[5 * 8 + f];
		limit[o + 6] = st[os + S_PRODUCTS] < 6 ? this.fixed[6 * 8 + f] : 0;
		limit[o + 7] = this.fixed[7 * 8 + f];
	}
}
