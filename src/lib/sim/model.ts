// The client-population model: its state, how a run starts, and `step()`, the calendar of one month.
import {
	CHURN_ZONE,
	ClientBook,
	POSITION_MASK,
	SLOT_SHIFT,
	STATE,
	S_CHURN,
	S_GAP,
	S_GROWS,
	S_JOINED,
	S_LEVEL,
	S_PRODUCTS,
	S_SATISFACTION,
	S_TRUST,
	S_TRUST_FROM,
	S_UNITS,
	S_VALUE,
	S_WEIGHT
} from './book';
import { EVENT, EventLog } from './history';
import { EventLimits } from './limits';
import { Ledger } from './ledger';
import { LEVELS } from './levels';
import { IndexList, ORIGIN, Population, REASON, STAGE } from './population';
import { draw, drawKey } from './rng';
import type { Params } from './schema';
import { emptySnapshot, type Snapshot } from './record';
import { deriveRates, type Rates } from './rates';
import { joinAsClient, refreshClient, traits } from './clients';
import { seedBook } from './start';
import { TrustCurve } from './trust';

/** Purposes of a client's draws in a month (so each decision has its own independent number). */
const P_MONTH = 0;
const P_SHOCK = 1;
const P_CONVERT = 2;

/**
 * How a client's one monthly draw u is split: u < CHURN_ZONE (book.ts) is the churn zone (the hazard is capped
 * there), and the rest is four equal slices — promotion, demotion, cross-selling, referral — in each of which
 * the event happens when the position inside the slice is below its monthly chance (so each chance is capped
 * at 12.5% a month, far above any calibrated rate). In the draw's 32 bits the churn zone is slots 0–3 and the
 * slices are slots 4–7, and u = h × INV_2_32.
 */
const INV_2_32 = 1 / 4294967296;

export class Model {
	readonly p: Params;
	readonly r: Rates;
	readonly pop: Population;
	/** Current clients: what the monthly pass reads, and each one's working state (book.ts). */
	readonly current: ClientBook;
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
	/** What the current clients add up to: counts, products and revenue by joining month and level. */
	private readonly ledger: Ledger;
	/** Trust over time in closed form (trust.ts). */
	private readonly trust: TrustCurve;
	/** Per-level promotion factors (LEVELS), as a typed array. */
	private readonly promoteBy: Float64Array;
	/** Revenue growth by tenure for every tenure a client can reach in this run (capped as r.growth is). */
	private readonly growthBy: Float64Array;
	/**
	 * This month's satisfied clients counted as they stood at the start of the month, minus as they stand now
	 * (a client promoted or demoted this month is counted by its satisfaction before the change).
	 */
	private satisfiedShift = 0;
	/** This month's clients whose draw fell below their limit: positions and draws. */
	private hits = new Int32Array(0);
	private hitDraws = new Uint32Array(0);
	/** Works out each client's limits for the monthly pass (limits.ts). */
	private readonly limits: EventLimits;

	/**
	 * `checkAll` makes every client's draw go through the full decision every month, as if no limit could
	 * rule an event out (slow; the tests use it to show that the limits never change an outcome).
	 */
	constructor(params: Params, runKey: number, keepHistory = true, checkAll = false) {
		this.p = params;
		this.r = deriveRates(params, runKey);
		const n = params.clients;
		const months = Math.round(params.years * 12);
		// Room for every agent a run usually makes (starting clients, prospects, some referrals), so that the
		// arrays rarely grow; they still do when a run makes more.
		const prospects = Math.ceil(this.r.prospectsPerMonth * months);
		this.pop = new Population(n + Math.ceil(prospects * 1.15) + 64);
		this.current = new ClientBook(Math.ceil(n * 1.3) + 64);
		this.targets = new IndexList(Math.ceil(this.r.prospectsPerMonth * 8) + 16);
		this.log = keepHistory ? new EventLog(n * 4 + prospects * 2) : null;
		this.trust = new TrustCurve(this.r.trustGain, this.r.trustDecay, months);
		this.promoteBy = Float64Array.from(LEVELS, (l) => l.promoteFactor);
		this.limits = new EventLimits(this.r, this.promoteBy, checkAll);
		this.potentialPool = Math.max(
			n * 20,
			Math.ceil(this.r.prospectsPerMonth * 12 * params.years + 1)
		);
		// Month 0: the broker already has `clients` current clients, with mixed levels, products and tenure.
		const longest = seedBook(this.pop, this.current, this.log, this.r, n);
		this.ledger = new Ledger(-longest, months);
		for (let k = 0; k < n; k++) {
			this.book(1, k * STATE);
			this.setLimits(k);
		}
		const g = this.r.growth;
		this.growthBy = new Float64Array(months + longest + 2);
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
		// Clients by level at the month's end: those who stayed and those who joined.
		const c = this.ledger.count;
		s.byLevel = [c[0], c[1], c[2], c[3]];
		return s;
	}

	/** Step 1: partnership and alliance clients leave with probability shockSize, preferred ones a third of it. */
	private shock(s: Snapshot): void {
		const current = this.current;
		for (let k = current.length - 1; k >= 0; k--) {
			const l = current.state[k * STATE + S_LEVEL];
			const chance = l >= 2 ? this.p.shockSize : l === 1 ? this.p.shockSize / 3 : 0;
			if (chance > 0 && draw(current.key[k], this.month, P_SHOCK) < chance) {
				this.leave(k, REASON.shock);
				s.lost++;
				s.lostShock++;
			}
		}
	}

	/**
	 * Step 2: every current client's month. Most months bring a client no event: one pass draws every
	 * client's number and compares its position with the client's limit for that slot (book.ts), and only the
	 * few draws below their limit go on to live(), which decides with the exact chances. Revenue, costs and
	 * counts are then read from the ledger, which every change has kept up to date.
	 */
	private serveClients(s: Snapshot): void {
		this.satisfiedShift = 0;
		const book = this.current;
		const monthKey = drawKey(this.month, P_MONTH);
		// The pass: every client's draw; the few below their limit are noted (position and draw).
		const hits =
			this.hits.length > book.length ? this.hits : (this.hits = new Int32Array(book.length * 2));
		const hitDraw =
			this.hitDraws.length > book.length
				? this.hitDraws
				: (this.hitDraws = new Uint32Array(book.length * 2));
		const n = book.scan(monthKey, hits, hitDraw);
		book.touch(hits, n);
		// The noted clients, highest position first (a client who leaves is replaced by the last one, already seen).
		for (let j = 0; j < n; j++) this.live(j, s);
		// f) Those who stayed pay, and cost service plus their level's upkeep.
		const { ledger, r } = this;
		const stayed = book.length;
		const byLevel = ledger.revenueByLevel(this.month, this.growthBy);
		s.revenueByLevel = byLevel;
		s.revenue = byLevel[0] + byLevel[1] + byLevel[2] + byLevel[3];
		let upkeep = 0;
		for (let l = 0; l < 4; l++) upkeep += ledger.count[l] * r.upkeep[l];
		s.retentionCost = stayed * r.serviceCost + upkeep;
		s.activeClients = stayed;
		s.satisfiedShare = stayed ? (ledger.satisfied + this.satisfiedShift) / stayed : 0;
		s.meanProducts = stayed ? ledger.products / stayed : 0;
	}

	/**
	 * Step 2 for the j-th noted client (at position k, with draw h), whose draw may bring an event: what
	 * happens to it this month. (Position and draw are read here, not passed, so the draw stays unboxed.)
	 */
	private live(j: number, s: Snapshot): void {
		const { r, month } = this;
		const k = this.hits[j];
		const h = this.hitDraws[j];
		const st = this.current.state;
		const o = k * STATE;
		const l = st[o + S_LEVEL];
		const good = st[o + S_GAP] >= 0;
		const trust = this.trust.at(
			st[o + S_TRUST],
			month - st[o + S_TRUST_FROM],
			st[o + S_GROWS] === 1
		);
		const u = h * INV_2_32;

		// a) Churn: the basic hazard, scaled by level, products and satisfaction, lowered by trust.
		const hazard = r.hazard * st[o + S_CHURN] * (1 - r.trustShield * trust);
		if (u < (hazard < CHURN_ZONE ? hazard : CHURN_ZONE)) {
			const sat = st[o + S_SATISFACTION];
			const reason = sat > 1 && u >= hazard / sat ? REASON.dissatisfied : REASON.competitor;
			this.leave(k, reason);
			s.lost++;
			if (reason === REASON.dissatisfied) s.lostDissatisfied++;
			else s.lostCompetitor++;
			return;
		}
		// The other events each own a fixed slice of the same draw (see CHURN_ZONE), so they exclude one
		// another and a lever that changes one event's chance leaves the others' outcomes as they were.
		const slot = (h >>> SLOT_SHIFT) - 4; // −4…−1 in the churn zone (no event there), else 0–3
		const x = (h & POSITION_MASK) * INV_2_32; // position inside the slice, in units of probability
		// b) Promotion: investment (with diminishing returns) moves the client up, more so where trust is high.
		if (slot === 0) {
			const up = r.promote * this.promoteBy[l] * st[o + S_WEIGHT] * (0.5 + trust);
			if (x < (good ? up : up * 0.5)) this.changeLevel(k, l + 1, trust, good, s);
		}
		// c) Demotion: without enough investment the relationship slips back a level.
		else if (slot === 1) {
			if (l > 0 && x < r.demote * (1 - 0.5 * trust) * (good ? 1 : 2))
				this.changeLevel(k, l - 1, trust, good, s);
		}
		// d) Cross-selling: related buying adds a product; more likely at higher levels.
		else if (slot === 2) {
			const products = st[o + S_PRODUCTS];
			if (products < 6 && x < r.crossSell * (1 + 0.5 * l) * (good ? 1 : 0.5)) {
				const i = this.current.agent[k];
				this.book(-1, o);
				st[o + S_PRODUCTS] = products + 1;
				this.pop.products[i] = products + 1;
				refreshClient(st, o, r, false);
				this.book(1, o);
				this.setLimits(k);
				this.log?.add(i, month, EVENT.product, products + 1);
				s.crossSold++;
			}
		}
		// e) Referral: a satisfied client at preferred level or above brings a friend.
		else if (slot === 3 && l > 0 && good && x < r.referral * (1 + trust))
			this.addTarget(this.current.agent[k], ORIGIN.referred);
		// g) Trust and commitment build while the relationship is above transactional and service meets
		//    expectations, and fade otherwise: trust.ts works that out, month by month, in closed form.
	}

	/**
	 * The client at position k moves to level `now` this month. This month's step of trust uses the new level
	 * and the satisfaction the client had at the month's start; from next month, its new satisfaction.
	 */
	private changeLevel(k: number, now: number, trust: number, good: boolean, s: Snapshot): void {
		const st = this.current.state;
		const o = k * STATE;
		const i = this.current.agent[k];
		if (now > st[o + S_LEVEL]) s.promoted++;
		else s.demoted++;
		this.book(-1, o);
		st[o + S_LEVEL] = now;
		this.pop.level[i] = now;
		refreshClient(st, o, this.r);
		this.book(1, o);
		this.log?.add(i, this.month, EVENT.level, now);
		const goodNow = st[o + S_GAP] >= 0;
		st[o + S_TRUST] = this.trust.at(trust, 1, now > 0 && good);
		st[o + S_TRUST_FROM] = this.month + 1;
		st[o + S_GROWS] = now > 0 && goodNow ? 1 : 0;
		this.satisfiedShift += (good ? 1 : 0) - (goodNow ? 1 : 0);
		this.setLimits(k);
	}

	/** Sets the limits of the client at position k after it joined or changed (limits.ts). */
	private setLimits(k: number): void {
		this.limits.set(this.current.limit, k, this.current.state, k * STATE);
	}

	/** Adds (sign +1) or takes out (sign −1) the figures of the client whose state starts at `o` in the ledger. */
	private book(sign: 1 | -1, o: number): void {
		const st = this.current.state;
		this.ledger.book(
			sign,
			st[o + S_JOINED],
			st[o + S_LEVEL],
			st[o + S_UNITS],
			st[o + S_GAP] >= 0,
			st[o + S_PRODUCTS]
		);
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
		const { pop, r, month } = this;
		const level = r.startLevel;
		pop.stage[i] = STAGE.current;
		pop.joined[i] = month;
		pop.level[i] = level;
		const key = pop.key[i];
		const k = this.current.push(i, key);
		const st = this.current.state;
		const o = k * STATE;
		st[o + S_LEVEL] = level;
		st[o + S_PRODUCTS] = pop.products[i];
		st[o + S_JOINED] = month;
		traits(st, o, r, key);
		pop.value[i] = st[o + S_VALUE];
		refreshClient(st, o, r);
		st[o + S_TRUST] = 0;
		st[o + S_TRUST_FROM] = month + 1;
		st[o + S_GROWS] = level > 0 && st[o + S_GAP] >= 0 ? 1 : 0;
		this.book(1, o);
		this.setLimits(k);
		this.log?.add(i, this.month, EVENT.joined, pop.origin[i]);
		s.acquired++;
		if (pop.origin[i] === ORIGIN.referred) s.referred++;
		s.acquisitionCost += this.r.acquisitionCost;
	}

	/** The client at position k of the current list leaves for `reason`. */
	private leave(k: number, reason: number): void {
		const pop = this.pop;
		const i = this.current.agent[k];
		this.book(-1, k * STATE);
		pop.stage[i] = STAGE.lost;
		pop.left[i] = this.month;
		pop.reason[i] = reason;
		this.current.removeAt(k);
		this.log?.add(i, this.month, EVENT.left, reason);
	}
}
