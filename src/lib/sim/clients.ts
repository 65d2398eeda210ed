// How a client is made (its value, taste, starting level, tenure, products) and how its cached figures are worked out, in its working state (book.ts).
import {
	S_CHURN,
	S_GAP,
	S_JOINED,
	S_LEVEL,
	S_PRODUCTS,
	S_REVENUE,
	S_SATISFACTION,
	S_TASTE,
	S_TRUST,
	S_UNITS,
	S_VALUE,
	S_WEIGHT
} from './book';
import { revenueUnits } from './ledger';
import { LEVELS } from './levels';
import { STAGE, type Population } from './population';
import { probit } from './math';
import { clientKey, draw } from './rng';
import { PRODUCT_CHURN, PRODUCT_VALUE, TASTE_SPREAD, type Rates } from './rates';

/** Half the step between two draws: added to a draw before its normal quantile is taken, so it is never 0. */
const HALF_STEP = 2 ** -33;
/** Purposes of the draws made once, when a client is created. */
const P_VALUE = 100;
const P_TASTE = 102;
const P_START = 104;

/**
 * Starting levels: the chance a starting client of average weight is at preferred or above, and the
 * chances of each further step up. Each is multiplied by the client's weight (value focus), so the broker's
 * past effort went where its current effort goes: with focus 0 the mix is about 62/32/5/1%.
 */
const START_UP = [0.38, 0.16, 0.17];
const START_UP_MAX = 0.9;
/** The levels' factors (levels.ts) as typed arrays, by level. */
const VALUE_FACTOR = Float64Array.from(LEVELS, (l) => l.valueFactor);
const CHURN_FACTOR = Float64Array.from(LEVELS, (l) => l.churnFactor);
const SERVICE_BOOST = Float64Array.from(LEVELS, (l) => l.serviceBoost);
/** PRODUCT_CHURN to the power 0 … 5 (extra products held). */
const PRODUCT_CHURN_BY = Float64Array.from({ length: 6 }, (_, k) => Math.pow(PRODUCT_CHURN, k));
/** Longest tenure of a starting client, months. */
const START_TENURE_MAX = 360;
/**
 * Extra products of a starting client, as a multiple of what its cross-selling rate gives over its tenure
 * (more than 1 because the clients with more products are the ones who stayed).
 */
const START_PRODUCTS = 2;

/** The Poisson number with mean `mean` whose distribution function first reaches u, capped at `max`. */
function poisson(mean: number, u: number, max: number): number {
	let k = 0;
	let p = Math.exp(-mean);
	let cdf = p;
	while (u > cdf && k < max) {
		k++;
		p *= mean / k;
		cdf += p;
	}
	return k;
}

/**
 * Gives the client whose state starts at `o` in `st` its personal traits, from its key: value (lognormal,
 * mean = meanValue), taste and weight. A starting client gets them when it is made, a target only when it
 * becomes a client (a target who gives up never needs them).
 */
export function traits(st: Float64Array, o: number, r: Rates, key: number): void {
	const p = r.params;
	const sigma = r.textbook ? 0 : p.valueSpread;
	// ln(value / meanValue): normal with variance sigma², less half of it so that the mean value is meanValue.
	const logRatio = sigma * probit(draw(key, 0, P_VALUE) + HALF_STEP) - (sigma * sigma) / 2;
	st[o + S_VALUE] = Math.fround(p.meanValue * Math.exp(logRatio));
	st[o + S_TASTE] = r.textbook
		? 0
		: Math.fround(TASTE_SPREAD * probit(draw(key, 0, P_TASTE) + HALF_STEP));
	// The broker's weight: (value / meanValue)^focus, within 0.25–4.
	const w = Math.exp(p.focus * logRatio);
	st[o + S_WEIGHT] = Math.fround(w < 0.25 ? 0.25 : w > 4 ? 4 : w);
}

/**
 * Makes a starting client (current at month 0) with draw key `key` in the state at `o`: its traits, level,
 * tenure (joining month), products, trust and cached figures.
 */
export function seedClient(st: Float64Array, o: number, r: Rates, key: number): void {
	traits(st, o, r, key);
	let level = 0;
	if (r.textbook) level = 0;
	else if (!r.levelsMove) level = r.startLevel;
	else {
		const u = draw(key, 0, P_START);
		const weight = st[o + S_WEIGHT];
		let chance = 1;
		while (level < 3) {
			chance *= Math.min(START_UP_MAX, START_UP[level] * weight);
			if (u >= chance) break;
			level++;
		}
	}
	st[o + S_LEVEL] = level;
	// Tenure and products as in a book that has been running for years. A client who has stayed with a
	// constant monthly churn chance h has an exponential tenure of mean 1/h; h here is the client's churn at its
	// level and satisfaction (before products), and the tenure is capped at START_TENURE_MAX. The client has
	// bought extra products at its level's cross-selling rate for as long as it has been a client (a Poisson
	// number, up to six products in all). Textbook mode: no tenure, one product.
	let tenure = 0;
	if (!r.textbook) {
		const gap = r.params.quality + SERVICE_BOOST[level] + st[o + S_TASTE] - r.params.promise;
		const h = r.hazard * CHURN_FACTOR[level] * r.satisfactionFactor(gap);
		tenure = Math.min(START_TENURE_MAX, Math.floor(-Math.log(1 - draw(key, 0, P_START + 2)) / h));
	}
	st[o + S_JOINED] = -tenure;
	const expected = START_PRODUCTS * r.crossSell * (1 + 0.5 * level) * tenure;
	st[o + S_PRODUCTS] = r.textbook ? 1 : 1 + poisson(expected, draw(key, 0, P_START + 1), 5);
	st[o + S_TRUST] = level > 0 && !r.textbook ? 0.5 : 0;
	refreshClient(st, o, r);
}

/** Makes a new target agent in `month`, prospected (index `seed`) or referred (`seed` = referrer's key). */
export function joinAsClient(
	pop: Population,
	r: Rates,
	origin: number,
	month: number,
	seed: number
): number {
	const i = pop.add();
	pop.key[i] = clientKey(r.runKey, origin, month, seed);
	pop.origin[i] = origin;
	pop.stage[i] = STAGE.target;
	pop.targeted[i] = month;
	pop.level[i] = r.startLevel;
	return i;
}

/**
 * A client's monthly revenue before tenure growth, ¤ (rounded to 32 bits, as the model keeps it): value ×
 * level factor × (1 + PRODUCT_VALUE per extra product); the mean value in textbook mode.
 */
export function baseRevenue(r: Rates, value: number, level: number, products: number): number {
	if (r.textbook) return Math.fround(r.params.meanValue);
	return Math.fround(value * VALUE_FACTOR[level] * (1 + PRODUCT_VALUE * (products - 1)));
}

/**
 * Works out the cached revenue, satisfaction gap and churn multiplier of the client whose state starts at
 * `o`, after a change of level or products (`levelChanged` false: only products changed, so the
 * satisfaction gap stays as it was).
 */
export function refreshClient(st: Float64Array, o: number, r: Rates, levelChanged = true): void {
	const level = st[o + S_LEVEL];
	const revenue = baseRevenue(r, st[o + S_VALUE], level, st[o + S_PRODUCTS]);
	st[o + S_REVENUE] = revenue;
	st[o + S_UNITS] = revenueUnits(revenue);
	if (r.textbook) {
		st[o + S_GAP] = 0;
		st[o + S_SATISFACTION] = 1;
		st[o + S_CHURN] = 1;
		return;
	}
	if (levelChanged) {
		const p = r.params;
		const gap = Math.fround(p.quality + SERVICE_BOOST[level] + st[o + S_TASTE] - p.promise);
		st[o + S_GAP] = gap;
		st[o + S_SATISFACTION] = r.satisfactionFactor(gap);
	}
	const extra = st[o + S_PRODUCTS] - 1;
	st[o + S_CHURN] = Math.fround(
		CHURN_FACTOR[level] * PRODUCT_CHURN_BY[extra] * st[o + S_SATISFACTION]
	);
}
