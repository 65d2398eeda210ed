// How a client agent is made (its value, taste, starting level) and how its cached rates are refreshed.
import { LEVELS } from './levels';
import { ORIGIN, STAGE, type Population } from './population';
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
 * Gives agent i its personal traits from its key: value (lognormal, mean = meanValue) and taste. A starting
 * client gets them when it is made, a target only when it becomes a client (a target who gives up never needs them).
 */
export function traits(pop: Population, r: Rates, i: number): void {
	const p = r.params;
	const key = pop.key[i];
	const sigma = r.textbook ? 0 : p.valueSpread;
	// ln(value / meanValue): normal with variance sigma², less half of it so that the mean value is meanValue.
	const logRatio = sigma * probit(draw(key, 0, P_VALUE) + HALF_STEP) - (sigma * sigma) / 2;
	pop.value[i] = p.meanValue * Math.exp(logRatio);
	pop.taste[i] = r.textbook ? 0 : TASTE_SPREAD * probit(draw(key, 0, P_TASTE) + HALF_STEP);
	// The broker's weight: (value / meanValue)^focus, within 0.25–4.
	const w = Math.exp(p.focus * logRatio);
	pop.weight[i] = w < 0.25 ? 0.25 : w > 4 ? 4 : w;
}

/** Makes starting client number k: current at month 0, with a level, products and tenure. */
export function seedClient(pop: Population, r: Rates, k: number): number {
	const i = pop.add();
	pop.key[i] = clientKey(r.runKey, ORIGIN.initial, k);
	pop.origin[i] = ORIGIN.initial;
	pop.stage[i] = STAGE.current;
	traits(pop, r, i);
	const key = pop.key[i];
	let level = 0;
	if (r.textbook) level = 0;
	else if (!r.levelsMove) level = r.startLevel;
	else {
		const u = draw(key, 0, P_START);
		let chance = 1;
		while (level < 3) {
			chance *= Math.min(START_UP_MAX, START_UP[level] * pop.weight[i]);
			if (u >= chance) break;
			level++;
		}
	}
	pop.level[i] = level;
	// Tenure and products as in a book that has been running for years. A client who has stayed with a
	// constant monthly churn chance h has an exponential tenure of mean 1/h; h here is the client's churn at its
	// level and satisfaction (before products), and the tenure is capped at START_TENURE_MAX. The client has
	// bought extra products at its level's cross-selling rate for as long as it has been a client (a Poisson
	// number, up to six products in all). Textbook mode: no tenure, one product.
	let tenure = 0;
	if (!r.textbook) {
		const gap = r.params.quality + LEVELS[level].serviceBoost + pop.taste[i] - r.params.promise;
		const h = r.hazard * LEVELS[level].churnFactor * r.satisfactionFactor(gap);
		tenure = Math.min(START_TENURE_MAX, Math.floor(-Math.log(1 - draw(key, 0, P_START + 2)) / h));
	}
	pop.joined[i] = -tenure;
	const expected = START_PRODUCTS * r.crossSell * (1 + 0.5 * level) * tenure;
	pop.products[i] = r.textbook ? 1 : 1 + poisson(expected, draw(key, 0, P_START + 1), 5);
	pop.trust[i] = level > 0 && !r.textbook ? 0.5 : 0;
	pop.targeted[i] = pop.joined[i];
	refreshClient(pop, r, i);
	return i;
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
 * Recomputes agent i's cached revenue, satisfaction gap and churn multiplier after a change of level or
 * products (`levelChanged` false: only products changed, so the satisfaction gap stays as it was).
 */
export function refreshClient(pop: Population, r: Rates, i: number, levelChanged = true): void {
	const level = LEVELS[pop.level[i]];
	const p = r.params;
	const extra = pop.products[i] - 1;
	if (r.textbook) {
		pop.revenue[i] = p.meanValue;
		pop.gap[i] = 0;
		pop.satisfaction[i] = 1;
		pop.churnMult[i] = 1;
		return;
	}
	pop.revenue[i] = pop.value[i] * level.valueFactor * (1 + PRODUCT_VALUE * extra);
	if (levelChanged) {
		pop.gap[i] = p.quality + level.serviceBoost + pop.taste[i] - p.promise;
		pop.satisfaction[i] = r.satisfactionFactor(pop.gap[i]);
	}
	pop.churnMult[i] = level.churnFactor * PRODUCT_CHURN_BY[extra] * pop.satisfaction[i];
}
