// Monthly rates and constants derived once per run from the parameters (the model's calibration lives here).
import { LEVELS } from './levels';
import type { Params } from './schema';

// Every constant below is a model assumption unless its comment names a source; the claims in
// content/model-claims.md (tested in test/claims/) are what the set as a whole is calibrated to.

/**
 * Satisfaction and churn (¿Cómo llevan a cabo las pequeñas y medianas empresas…?, after Kotler):
 * churn is scaled by e^(−k·gap), gap = perceived − expected service in points of the 0–10 scale, with
 * k per point. Disappointment (gap < 0) hurts more than delight (gap > 0) helps, so a too-low promise
 * buys little loyalty while it loses sales.
 */
const DISAPPOINTMENT_CHURN = 0.2;
const DELIGHT_CHURN = 0.04;
/** Bounds of the satisfaction multiplier on churn (delighted clients still leave sometimes). */
const SATISFACTION_MIN = 0.9;
const SATISFACTION_MAX = 4;
/**
 * Investment effect E = 1 − e^(−investment / INVESTMENT_SCALE), 0–1: diminishing returns, with the scale in
 * ¤ per client per month (E = 63% at 8 ¤). Calibrated so that profit peaks near 8 ¤ (claim 4).
 */
const INVESTMENT_SCALE = 10;
/**
 * Monthly promotion chance from transactional at E = 1; the model multiplies it by the level's promoteFactor,
 * the client's weight (value focus) and (0.5 + trust), and halves it for a dissatisfied client.
 */
const PROMOTE_MAX = 0.08;
/**
 * Care: regular contact paid for by the investment also keeps clients (实施关系营销策略提升客户价值: emotional
 * investment, staying in touch with old clients): every client's churn × (1 − CARE × E).
 */
const CARE = 0.4;
/** Monthly chance of slipping a level when nothing is invested; × (1 − E), so investment stops the slide. */
const DEMOTE_MAX = 0.02;
/**
 * Churn multiplier per extra product held: four products churn at 0.4³ ≈ 0.06 of a single-product
 * client. Direction from 把关系用到最优 (bank data: more products, almost no churn); size assumed.
 */
export const PRODUCT_CHURN = 0.45;
/** Revenue added by each extra product, as a share of the client's base value (related buying, 如何建立良好的客户关系). */
export const PRODUCT_VALUE = 0.3;
/**
 * How strongly the promise pulls in targets: conversion × (promise / 6)^PROMISE_PULL. A bigger promise
 * wins more clients (¿Cómo llevan a cabo las pequeñas y medianas empresas…?: raising expectations helps sell).
 */
const PROMISE_PULL = 3;
/** Monthly chance a target converts at the default promise (referred targets: twice), and the chance it gives up instead. */
const CONVERSION = 0.3;
const DROPOUT = 0.3;
/**
 * Trust (把关系用到最优: friends add trust, partners commitment): it grows by TRUST_GAIN × (1 − trust) a month
 * while a client above transactional is satisfied, shrinks × TRUST_DECAY otherwise, and scales churn by
 * (1 − TRUST_SHIELD × trust).
 */
const TRUST_GAIN = 0.04;
const TRUST_DECAY = 0.97;
const TRUST_SHIELD = 0.4;
/** Spread of clients' personal taste for the service (standard deviation, 0–10 points). */
export const TASTE_SPREAD = 1.5;

export interface Rates {
	textbook: boolean;
	/** Monthly churn hazard of a basic client: 1 − retention^(1/12), lowered by the care that investment buys. */
	hazard: number;
	monthlyDiscount: number;
	serviceCost: number;
	upkeep: number[];
	investment: number;
	acquisitionCost: number;
	/** Fixed running cost of the firm, ¤ per month (0 in textbook mode). */
	overhead: number;
	promote: number;
	demote: number;
	crossSell: number;
	referral: number;
	conversion: number;
	referredConversion: number;
	dropout: number;
	trustGain: number;
	trustDecay: number;
	trustShield: number;
	/** Level new clients start at (transactional unless a level is held). */
	startLevel: number;
	/** Whether clients may change level. */
	levelsMove: boolean;
	/** Revenue multiplier by tenure in months (capped at ten years). */
	growth: Float64Array;
	/** Prospects (or textbook arrivals) per month, on average. */
	prospectsPerMonth: number;
	/** Whole prospects in month m, so that fractions add up exactly over the run. */
	arrivals: (month: number) => number;
	/** Churn multiplier from a satisfaction gap. */
	satisfactionFactor: (gap: number) => number;
	runKey: number;
	params: Params;
}

/** Churn multiplier of a satisfaction gap: steeper for disappointment than for delight, and bounded. */
function satisfaction(gap: number): number {
	const f = Math.exp(-(gap < 0 ? DISAPPOINTMENT_CHURN : DELIGHT_CHURN) * gap);
	return f < SATISFACTION_MIN ? SATISFACTION_MIN : f > SATISFACTION_MAX ? SATISFACTION_MAX : f;
}

export function deriveRates(p: Params, runKey: number): Rates {
	const textbook = p.textbook === 1;
	const levelsMove = !textbook && p.holdLevel < 0;
	const effect = 1 - Math.exp(-p.investment / INVESTMENT_SCALE);
	const perMonth = (p.prospecting / 100) * p.clients;
	const g = textbook ? 1 : 1 + p.tenureGrowth / 100;
	const growth = new Float64Array(121);
	for (let t = 0; t <= 120; t++) growth[t] = Math.pow(g, t / 12);
	// A bigger promise wins more targets: ×(promise / 6)^PROMISE_PULL, so ×1 at the default promise of 6.
	const promiseWin = Math.max(0.001, Math.pow(p.promise / 6, PROMISE_PULL));
	return {
		textbook,
		hazard: (1 - Math.pow(p.retention, 1 / 12)) * (textbook ? 1 : 1 - CARE * effect),
		monthlyDiscount: Math.pow(1 + p.discountRate, 1 / 12) - 1,
		serviceCost: p.serviceCost,
		upkeep: LEVELS.map((l) => (textbook ? 0 : l.upkeep)),
		investment: textbook ? 0 : p.investment,
		acquisitionCost: p.acquisitionMultiple * p.serviceCost * 12,
		overhead: textbook ? 0 : p.overhead * p.clients,
		promote: levelsMove ? PROMOTE_MAX * effect : 0,
		demote: levelsMove ? DEMOTE_MAX * (1 - effect) : 0,
		crossSell: textbook ? 0 : p.crossSell / 100,
		referral: textbook ? 0 : p.referral / 100,
		conversion: Math.min(0.95, CONVERSION * promiseWin),
		referredConversion: Math.min(0.95, 2 * CONVERSION * promiseWin),
		dropout: DROPOUT,
		trustGain: textbook ? 0 : TRUST_GAIN,
		trustDecay: TRUST_DECAY,
		trustShield: textbook ? 0 : TRUST_SHIELD,
		startLevel: p.holdLevel >= 0 && !textbook ? p.holdLevel : 0,
		levelsMove,
		growth,
		prospectsPerMonth: perMonth,
		arrivals: (m) => Math.floor(m * perMonth + 1e-9) - Math.floor((m - 1) * perMonth + 1e-9),
		satisfactionFactor: textbook ? () => 1 : satisfaction,
		runKey,
		params: p
	};
}
