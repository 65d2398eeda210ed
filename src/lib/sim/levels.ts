// The four relationship levels of the source material and what each costs, returns and does to churn.

/** Index of a relationship level: 0 transactional, 1 preferred, 2 partnership, 3 strategic alliance. */
export type Level = 0 | 1 | 2 | 3;

export interface LevelSpec {
	/** Machine name, used in snapshots and links. */
	id: 'transactional' | 'preferred' | 'partnership' | 'alliance';
	/** English name on the page. */
	name: string;
	/** The source material's own terms. */
	zh: string;
	es: string;
	/** Revenue multiplier on the client's value (preferred clients pay a lower commission rate). */
	valueFactor: number;
	/** Extra cost of keeping the relationship at this level, ¤ per client per month (on top of service cost). */
	upkeep: number;
	/** Multiplier on the monthly churn hazard (switching costs rise with the level). */
	churnFactor: number;
	/** Relative chance of being promoted from this level in a month, per unit of investment effect. */
	promoteFactor: number;
	/** Boost to how good the service feels at this level (same 0–10 scale as promise and quality). */
	serviceBoost: number;
	/** Where the numbers rest: the qualitative claim is the source's, the sizes are model assumptions. */
	source: string;
}

const SRC = '如何建立良好的客户关系 / ¿Cómo mejorar las relaciones con los clientes?';

/**
 * The sizes are model assumptions. They are calibrated so that, as the source says, the preferred level is
 * enough for most clients: held at one level, a median-value client earns most at preferred, partnership pays
 * only from about the 90th percentile of client value and a strategic alliance from about the 97th (claim 5).
 * Upkeep is flat per client while the gains scale with the client's value, which is why only big clients
 * repay the higher levels; promotion gets harder at each step up.
 */

export const LEVELS: readonly LevelSpec[] = [
	{
		id: 'transactional',
		name: 'Transactional',
		zh: '买卖(供需)中介关系',
		es: 'relación intermediaria de compra y venta',
		valueFactor: 1,
		upkeep: 0,
		churnFactor: 1,
		promoteFactor: 1,
		serviceBoost: 0,
		source: `${SRC}: fair trade, little contact, low cost and low value; losing the client hurts little`
	},
	{
		id: 'preferred',
		name: 'Preferred',
		zh: '优先选择关系',
		es: 'relación prioritaria',
		valueFactor: 0.95,
		upkeep: 3,
		churnFactor: 0.5,
		promoteFactor: 0.04,
		serviceBoost: 0.5,
		source: `${SRC}: priority service and a lower commission rate in exchange for long-term business`
	},
	{
		id: 'partnership',
		name: 'Partnership',
		zh: '合作伙伴关系',
		es: 'asociación',
		valueFactor: 1.15,
		upkeep: 200,
		churnFactor: 0.3,
		promoteFactor: 0.03,
		serviceBoost: 1,
		source: `${SRC}: top-manager ties, deep knowledge of needs, value created jointly, costly to leave`
	},
	{
		id: 'alliance',
		name: 'Strategic alliance',
		zh: '战略联盟',
		es: 'alianza estratégica',
		valueFactor: 1.35,
		upkeep: 700,
		churnFactor: 0.2,
		promoteFactor: 0,
		serviceBoost: 1.5,
		source: `${SRC}: aligned goals, possibly equity ties; rivals can hardly enter`
	}
];

export const LEVEL_COUNT = LEVELS.length;
