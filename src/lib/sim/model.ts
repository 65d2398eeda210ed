// The client-population model: its state, how a run starts, and `step()`, the calendar of one month.
import { EVENT, EventLog } from './history';
import { LEVELS } from './levels';
import { IndexList, ORIGIN, Population, REASON, STAGE } from './population';
import { draw, drawKey, drawWith } from './rng';
import type { Params } from './schema';
import { emptySnapshot, type Snapshot } from './record';
import { deriveRates, type Rates } from './rates';
import { seedClient, joinAsClient, refreshClient } from './clients';

/** Purposes of a client's draws in a month (so each decision has its own independent number). */
const P_MONTH = 0;
const P_SHOCK = 1;
const P_CONVERT = 2;

/**
 * How a client's one monthly draw u is split: u < SLICE_CHURN is the churn zone (the hazard is capped there),
 * and the rest is four equal slices — promotion, demotion, cross-selling, referral — in each of which the
 * event happens when the position inside the slice is below its monthly chance (so each chance is capped at
 * SLICE = 12.5% a month, far above any calibrated rate).
 */
const SLICE_CHURN = 0.5;
const SLICE = (1 - SLICE_CHURN) / 4;

export class Model {
	readonly p: Params;
	readonly r: Rates;
	readonly pop: Population;
	/** Indices of current clients. */
	readonly current: IndexList;
	/** Indices of target clients (being contacted). */
	readonly targets: IndexList;
	/** The per-client history, or null when the run does not keep it. */
	readonly log: EventLog | null;
	/** Months simulated so far. */
	month = 0;
	/** Potential clients not yet contacted (anonymous: an agent is made when one is contacted). */
	potentialPool: number;
	/** Running totals carried from month to month. */
	cumulativeProfit = 0;
	discountedProfit = 0;
	/** Per-level look-ups for the monthly loop (from LEVELS and the rates), as typed arrays. */
	private readonly promoteBy: Float64Array;
	private readonly upkeepBy: Float64Array;
	/** Revenue growth by tenure for every tenure a client can reach in this run (capped as r.growth is). */
	private readonly growthBy: Float64Array;
	/** Current clients by level after this month's serving (joins are added in step()). */
	private readonly levelCount = [0, 0, 0, 0];
	/**
	 * For each level l and slot of a client's draw (index l·8 + slot + 4; slots −4…−1 are the churn zone
	 * above the client's hazard, 0–3 the events' slices), a number above any client's chance of that slot's
	 * event at that level, or −1 where there is no event: a draw at or above it has no event, whatever the
	 * client's weight, trust and satisfaction. Only a filter (most client-months have no event, and one
	 * well-predicted test skips them); each event's own test below decides.
	 */
	private readonly eventCeiling = new Float64Array(32);

	constructor(params: Params, runKey: number, keepHistory = true) {
		this.p = params;
		this.r = deriveRates(params, runKey);
		const n = params.clients;
		this.pop = new Population(
			n + Math.ceil(this.r.prospectsPerMonth * 12 * params.years * 0.6) + 64
		);
		this.current = new IndexList(n * 2);
		this.targets = new IndexList(Math.ceil(this.r.prospectsPerMonth * 8) + 16);
		this.log = keepHistory ? new EventLog(n * 4) : null;
		this.potentialPool = Math.max(
			n * 20,
			Math.ceil(this.r.prospectsPerMonth * 12 * params.years + 1)
		);
		// Month 0: the broker already has `clients` current clients, with mixed levels, products and tenure.
		for (let k = 0; k < n; k++) {
			const i = seedClient(this.pop, this.r, k);
			this.current.push(i);
			this.log?.add(i, this.pop.joined[i], EVENT.joined, ORIGIN.initial);
			if (this.pop.level[i] > 0) this.log?.add(i, 0, EVENT.level, this.pop.level[i]);
			if (this.pop.products[i] > 1) this.log?.add(i, 0, EVENT.product, this.pop.products[i]);
		}
		this.promoteBy = Float64Array.from(LEVELS, (l) => l.promoteFactor);
		this.upkeepBy = Float64Array.from(this.r.upkeep);
		// Ceilings from the largest weight (4), trust (1) and satisfaction factor (good: 1, else 2) there can be,
		// with a margin for rounding.
		const { promote, demote, crossSell, referral } = this.r;
		const margin = 1.001;
		for (let l = 0; l < 4; l++) {
			const c = this.eventCeiling.subarray(l * 8, l * 8 + 8);
			c.fill(-1, 0, 4);
			c[4] = promote * this.promoteBy[l] * 4 * 1.5 * margin;
			c[5] = l > 0 ? demote * 2 * margin : -1;
			c[6] = crossSell * (1 + 0.5 * l) * margin;
			c[7] = l > 0 ? referral * 2 * margin : -1;
		}
		let longest = 0;
		for (let k = 0; k < n; k++)
			longest = Math.max(longest, -this.pop.joined[this.current.items[k]]);
		const g = this.r.growth;
		this.growthBy = new Float64Array(Math.round(params.years * 12) + longest + 2);
		for (let t = 0; t < this.growthBy.length; t++)
			this.growthBy[t] = g[t < g.length ? t : g.length - 1];
	}

	/** One month of the broker's calendar, in order. Returns that month's snapshot. */
	step(): Snapshot {
		const m = ++this.month;
		const s = emptySnapshot(m);

		// 1. A market shock, if one is set for this month: higher-level clients reconsider and some leave.
		if (m === this.p.shockMonth && !this.r.textbook) this.shock(s);

		// 2. Each current client lives its month (one uniform draw, split among the events): it may leave
		//    (churn), move up or down a level, buy one more product, or refer a friend. Those who stay pay this
		//    month's revenue and cost the broker service and level upkeep; trust grows where the relationship is good.
		this.serveClients(s);

		// 3. Relationship investment: paid for every client who stayed this month.
		s.investmentCost = this.r.investment * s.activeClients;

		// 4. Conversion: targets contacted in earlier months become clients (paying the acquisition cost
		//    for each) or give up. New clients join at the month's end: they pay and may leave from next month.
		this.convertTargets(s);

		// 5. Prospecting: the broker contacts potential clients, who become targets.
		this.prospect(m);

		// 6. Book the month: profit = revenue − retention cost − acquisition cost − relationship investment
		//    − the firm's fixed overhead (offices, staff, systems; paid whatever the number of clients).
		s.overheadCost = this.r.overhead;
		s.cost = s.retentionCost + s.acquisitionCost + s.investmentCost + s.overheadCost;
		s.profit = s.revenue - s.cost;
		this.cumulativeProfit += s.profit;
		this.discountedProfit += s.profit / Math.pow(1 + this.r.monthlyDiscount, m);
		s.cumulativeProfit = this.cumulativeProfit;
		s.discountedProfit = this.discountedProfit;
		s.activeClients = this.current.length;
		s.targets = this.targets.length;
		// Clients by level: those who stayed (counted while serving) and those who joined at the start level.
		const c = this.levelCount;
		s.byLevel = [c[0], c[1], c[2], c[3]];
		s.byLevel[this.r.startLevel] += s.acquired;
		return s;
	}

	/** Step 1: partnership and alliance clients leave with probability shockSize, preferred ones a third of it. */
	private shock(s: Snapshot): void {
		const { pop, current } = this;
		for (let k = current.length - 1; k >= 0; k--) {
			const i = current.items[k];
			const l = pop.level[i];
			const chance = l >= 2 ? this.p.shockSize : l === 1 ? this.p.shockSize / 3 : 0;
			if (chance > 0 && draw(pop.key[i], this.month, P_SHOCK) < chance) {
				this.leave(k, i, REASON.shock);
				s.lost++;
				s.lostShock++;
			}
		}
	}

	/**
	 * Step 2: every current client's month, with one uniform draw split among competing events.
	 * The hot loop of the model: the arrays and rates it reads are held in locals (the population's arrays
	 * are read again after a referral, which may grow them), per-level look-ups are typed arrays, and the
	 * draw's month half is worked out once; one test against eventCeiling skips the draws with no event.
	 * The arithmetic is the model's, in the same order.
	 */
	private serveClients(s: Snapshot): void {
		const { current, r, month } = this;
		const items = current.items;
		let pop = this.pop;
		let key = pop.key;
		let level = pop.level;
		let trustA = pop.trust;
		let gapA = pop.gap;
		let churn = pop.churnMult;
		let weight = pop.weight;
		let productsA = pop.products;
		let joined = pop.joined;
		let revenueA = pop.revenue;
		const growth = this.growthBy;
		const ceiling = this.eventCeiling;
		const promoteBy = this.promoteBy;
		const upkeep = this.upkeepBy;
		const baseHazard = r.hazard;
		const shield = r.trustShield;
		const promote = r.promote;
		const demote = r.demote;
		const crossSell = r.crossSell;
		const referral = r.referral;
		const serviceCost = r.serviceCost;
		const trustGain = r.trustGain;
		const trustDecay = r.trustDecay;
		const monthKey = drawKey(month, P_MONTH);
		let revenue = 0;
		let cost = 0;
		let satisfied = 0;
		let products = 0;
		let n0 = 0;
		let n1 = 0;
		let n2 = 0;
		let n3 = 0;
		let r0 = 0;
		let r1 = 0;
		let r2 = 0;
		let r3 = 0;
		for (let k = current.length - 1; k >= 0; k--) {
			const i = items[k];
			const l = level[i];
			const trust = trustA[i];
			const gap = gapA[i];
			const good = gap >= 0;
			const u = drawWith(key[i], monthKey);

			// a) Churn: the basic hazard, scaled by level, products and satisfaction, lowered by trust.
			const hazard = baseHazard * churn[i] * (1 - shield * trust);
			if (u < (hazard < SLICE_CHURN ? hazard : SLICE_CHURN)) {
				const sat = r.satisfactionFactor(gap);
				const reason = sat > 1 && u >= hazard / sat ? REASON.dissatisfied : REASON.competitor;
				this.leave(k, i, reason);
				s.lost++;
				if (reason === REASON.dissatisfied) s.lostDissatisfied++;
				else s.lostCompetitor++;
				continue;
			}
			// The other events each own a fixed slice of the same draw (see SLICE), so they exclude one another
			// and a lever that changes one event's chance leaves the others' outcomes as they were.
			let now = l;
			const v = (u - SLICE_CHURN) / SLICE;
			const slot = Math.floor(v); // −4…−1 below the event slices (no event there), else 0–3
			const x = (v - slot) * SLICE; // position inside the slice, in units of probability
			if (x < ceiling[l * 8 + slot + 4]) {
				// b) Promotion: investment (with diminishing returns) moves the client up, more so where trust is high.
				if (slot === 0) {
					const up = promote * promoteBy[l] * weight[i] * (0.5 + trust);
					if (x < (good ? up : up * 0.5)) this.setLevel(i, (now = l + 1), s);
				}
				// c) Demotion: without enough investment the relationship slips back a level.
				else if (slot === 1) {
					if (l > 0 && x < demote * (1 - 0.5 * trust) * (good ? 1 : 2))
						this.setLevel(i, (now = l - 1), s);
				}
				// d) Cross-selling: related buying adds a product; more likely at higher levels.
				else if (slot === 2) {
					if (productsA[i] < 6 && x < crossSell * (1 + 0.5 * l) * (good ? 1 : 0.5)) {
						productsA[i]++;
						refreshClient(pop, r, i);
						this.log?.add(i, month, EVENT.product, productsA[i]);
						s.crossSold++;
					}
				}
				// e) Referral: a satisfied client at preferred level or above brings a friend.
				else if (l > 0 && good && x < referral * (1 + trust)) {
					this.addTarget(i, ORIGIN.referred);
					// A new agent may have grown the population's arrays: read them again.
					pop = this.pop;
					key = pop.key;
					level = pop.level;
					trustA = pop.trust;
					gapA = pop.gap;
					churn = pop.churnMult;
					weight = pop.weight;
					productsA = pop.products;
					joined = pop.joined;
					revenueA = pop.revenue;
				}
			}

			// f) The client stays this month: it pays, and costs service plus its level's upkeep.
			const paid = revenueA[i] * growth[month - joined[i]];
			revenue += paid;
			cost += serviceCost + upkeep[now];
			if (now === 0) {
				n0++;
				r0 += paid;
			} else if (now === 1) {
				n1++;
				r1 += paid;
			} else if (now === 2) {
				n2++;
				r2 += paid;
			} else {
				n3++;
				r3 += paid;
			}
			// g) Trust and commitment build while the relationship is above transactional and service meets expectations.
			if (now > 0 && good) trustA[i] = trust + trustGain * (1 - trust);
			else if (trust > 0) trustA[i] = trust * trustDecay;
			if (good) satisfied++;
			products += productsA[i];
		}
		const n = current.length;
		s.activeClients = n;
		s.revenue = revenue;
		s.retentionCost = cost;
		s.satisfiedShare = n ? satisfied / n : 0;
		s.meanProducts = n ? products / n : 0;
		// A fresh array (not += on the snapshot's): keeps the hot loop free of element-kind changes.
		s.revenueByLevel = [r0, r1, r2, r3];
		const c = this.levelCount;
		c[0] = n0;
		c[1] = n1;
		c[2] = n2;
		c[3] = n3;
	}

	/** Step 4: targets contacted before this month convert or drop out; textbook mode adds fixed arrivals. */
	private convertTargets(s: Snapshot): void {
		const { pop, targets, r, month } = this;
		if (r.textbook) {
			for (let k = 0; k < r.arrivals(month); k++) {
				const i = this.addTarget(-1, ORIGIN.prospected, k);
				this.targets.removeAt(this.targets.length - 1);
				this.join(i, s);
			}
			return;
		}
		for (let k = targets.length - 1; k >= 0; k--) {
			const i = targets.items[k];
			if (pop.targeted[i] === month) continue;
			const u = draw(pop.key[i], month, P_CONVERT);
			const chance = pop.origin[i] === ORIGIN.referred ? r.referredConversion : r.conversion;
			if (u < chance) {
				targets.removeAt(k);
				this.join(i, s);
			} else if (u < chance + r.dropout) {
				targets.removeAt(k);
				pop.stage[i] = STAGE.potential;
			}
		}
	}

	/** Step 5: this month's prospects become targets (drawn from the anonymous potential pool). */
	private prospect(month: number): void {
		if (this.r.textbook) return;
		const n = Math.min(this.potentialPool, this.r.arrivals(month));
		for (let k = 0; k < n; k++) this.addTarget(-1, ORIGIN.prospected, k);
	}

	/** Makes a new target agent, prospected (index k this month) or referred by client `by`. */
	private addTarget(by: number, origin: number, k = 0): number {
		const pop = this.pop;
		const key = by >= 0 ? pop.key[by] : k;
		const i = joinAsClient(pop, this.r, origin, this.month, key);
		pop.referrer[i] = by;
		this.targets.push(i);
		if (origin === ORIGIN.prospected) this.potentialPool--;
		return i;
	}

	/** A target becomes a current client at the end of this month; the broker pays the acquisition cost. */
	private join(i: number, s: Snapshot): void {
		const pop = this.pop;
		pop.stage[i] = STAGE.current;
		pop.joined[i] = this.month;
		pop.level[i] = this.r.startLevel;
		refreshClient(pop, this.r, i);
		this.current.push(i);
		this.log?.add(i, this.month, EVENT.joined, pop.origin[i]);
		s.acquired++;
		if (pop.origin[i] === ORIGIN.referred) s.referred++;
		s.acquisitionCost += this.r.acquisitionCost;
	}

	/** Client at position k of the current list leaves for `reason`. */
	private leave(k: number, i: number, reason: number): void {
		const pop = this.pop;
		pop.stage[i] = STAGE.lost;
		pop.left[i] = this.month;
		pop.reason[i] = reason;
		this.current.removeAt(k);
		this.log?.add(i, this.month, EVENT.left, reason);
	}

	private setLevel(i: number, level: number, s: Snapshot): void {
		if (level > this.pop.level[i]) s.promoted++;
		else s.demoted++;
		this.pop.level[i] = level;
		refreshClient(this.pop, this.r, i);
		this.log?.add(i, this.month, EVENT.level, level);
	}
}
