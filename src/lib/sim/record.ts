// The plain records a run emits: one snapshot per month and a summary; charts and the CLI only read these.
import type { Params } from './schema';

/** Money is in ¤ (an arbitrary currency unit); counts are clients; every flow is for that one month. */
export interface Snapshot {
	/** Month number, 1 … 12 × years. */
	month: number;
	/** Current clients at the end of the month. */
	activeClients: number;
	/** Current clients at the end of the month by level: transactional, preferred, partnership, alliance. */
	byLevel: [number, number, number, number];
	/** This month's revenue by the level each paying client held: transactional, preferred, partnership, alliance, ¤. */
	revenueByLevel: [number, number, number, number];
	/** Target clients (being contacted) at the end of the month. */
	targets: number;
	/** Clients won this month (targets converted). */
	acquired: number;
	/** Of those, clients who came by a referral. */
	referred: number;
	/** Clients lost this month, in all and by reason. */
	lost: number;
	lostCompetitor: number;
	lostDissatisfied: number;
	lostShock: number;
	/** Level moves this month. */
	promoted: number;
	demoted: number;
	/** Extra products sold to current clients this month. */
	crossSold: number;
	/** Revenue from current clients (commission), ¤. */
	revenue: number;
	/** Cost of serving current clients (service cost + level upkeep), ¤. */
	retentionCost: number;
	/** Cost of winning this month's new clients, ¤. */
	acquisitionCost: number;
	/** Relationship investment spent this month, ¤. */
	investmentCost: number;
	/** The firm's fixed running cost this month (overhead × starting clients; 0 in textbook mode), ¤. */
	overheadCost: number;
	/** All costs: retention + acquisition + investment + overhead, ¤. */
	cost: number;
	/** revenue − cost, ¤. */
	profit: number;
	/** Sum of profit up to and including this month, ¤. */
	cumulativeProfit: number;
	/** Sum of discounted profit up to this month (discounted to month 0), ¤. */
	discountedProfit: number;
	/** Share of current clients whose perceived service meets their expectation. */
	satisfiedShare: number;
	/** Mean products held by current clients. */
	meanProducts: number;
}

export interface Summary {
	/** Profit summed over the horizon, ¤. */
	cumulativeProfit: number;
	/** Profit discounted to month 0 at the discount rate, ¤. */
	discountedProfit: number;
	/** Revenue and all costs over the horizon, ¤. */
	totalRevenue: number;
	totalCost: number;
	activeClientsStart: number;
	activeClientsEnd: number;
	acquiredTotal: number;
	referredTotal: number;
	lostTotal: number;
	/** Clients lost per year as a share of the average number of current clients. */
	annualChurn: number;
	/**
	 * Expected discounted profit of one client over its life, ¤: m·r/(1+i−r) with m the run's mean
	 * monthly margin per client (after service, upkeep and investment), r its monthly retention, i the monthly discount rate.
	 */
	averageLifetimeValue: number;
	/** Share of revenue in the last month that came from the top 20% of current clients. */
	top20Share: number;
	/** Share of all clients won who came by a referral. */
	referralShare: number;
}

/** Everything a run produces. */
export interface RunResult {
	params: Params;
	modelVersion: number;
	summary: Summary;
	monthly: Snapshot[];
	/** Agents at the end of the run (typed arrays; index = agent). */
	agents: AgentTable;
	/** The event log: 4 integers per event (agent, month, kind, detail); see history.ts. */
	events: Int32Array;
}

/** The agents' final attributes, as plain typed arrays a page or worker can read or transfer. */
export interface AgentTable {
	size: number;
	stage: Uint8Array;
	level: Uint8Array;
	products: Uint8Array;
	origin: Uint8Array;
	reason: Uint8Array;
	/** Base value, ¤ per month (population.ts); 0 for a target who never became a client. */
	value: Float32Array;
	joined: Int16Array;
	left: Int16Array;
	referrer: Int32Array;
}

/** A snapshot with every flow at zero, filled in by `step()`. */
export function emptySnapshot(month: number): Snapshot {
	return {
		month,
		activeClients: 0,
		byLevel: [0, 0, 0, 0],
		revenueByLevel: [0, 0, 0, 0],
		targets: 0,
		acquired: 0,
		referred: 0,
		lost: 0,
		lostCompetitor: 0,
		lostDissatisfied: 0,
		lostShock: 0,
		promoted: 0,
		demoted: 0,
		crossSold: 0,
		revenue: 0,
		retentionCost: 0,
		acquisitionCost: 0,
		investmentCost: 0,
		overheadCost: 0,
		cost: 0,
		profit: 0,
		cumulativeProfit: 0,
		discountedProfit: 0,
		satisfiedShare: 0,
		meanProducts: 0
	};
}
