// Replays a run's event log to rebuild the client population at any month: who is current, at which level, with how many products, who arrived and who left.
import { EVENT, type RunResult } from '$lib/sim';

/** Where an agent stands at a month, as far as the event log tells. */
export const STATUS = { none: 0, current: 1, lost: 2 } as const;

/** The population at the end of one month. Arrays are indexed by agent and owned by the timeline (read, do not keep). */
export interface PopulationAt {
	month: number;
	/** STATUS of every agent. */
	status: Uint8Array;
	/** Relationship level (0–3) of every agent (its last level for agents who left). */
	level: Uint8Array;
	/** Products held by every agent. */
	products: Uint8Array;
	/** Month each agent became a client, or −32768 if not (yet). */
	joined: Int16Array;
	/** Month each agent left, or −1 if not (yet). */
	left: Int16Array;
	/** Current clients at the end of the month, oldest agent first. */
	current: Int32Array;
	/** Current clients by level. */
	byLevel: [number, number, number, number];
	/** Clients who became current this month (after month 0; month 0's are the starting book). */
	arrivals: Int32Array;
	/** Clients who left this month. */
	departures: Int32Array;
}

/** Level new clients start at: held level in a held-level experiment, else transactional (mirrors the engine's rates). */
export function startLevelOf(params: RunResult['params']): number {
	return params.holdLevel >= 0 && params.textbook !== 1 ? params.holdLevel : 0;
}

/**
 * A replayer over one run's event log. Events are bucketed by month once (setup events, dated at or
 * before month 0, form bucket 0); `at(t)` applies months forward from its cursor, or from the start when
 * asked for an earlier month, so playing forward costs only the new month's events.
 */
export class Timeline {
	readonly months: number;
	readonly size: number;
	/** Whether the run kept its event log (without it there is nothing to replay). */
	readonly hasHistory: boolean;
	private readonly events: Int32Array;
	/** Event offsets (in events, not ints) bucketed by month: bucket m is order[start[m] … start[m+1]). */
	private readonly order: Int32Array;
	private readonly start: Int32Array;
	private readonly startLevel: number;
	private readonly state: PopulationAt;
	private cursor = -1;

	constructor(result: RunResult) {
		this.months = result.monthly.length;
		this.size = result.agents.size;
		this.events = result.events;
		this.hasHistory = result.events.length > 0;
		this.startLevel = startLevelOf(result.params);
		const n = this.events.length / 4;
		const counts = new Int32Array(this.months + 2);
		for (let e = 0; e < n; e++) counts[this.bucket(e) + 1]++;
		for (let m = 1; m < counts.length; m++) counts[m] += counts[m - 1];
		this.start = counts.slice();
		this.order = new Int32Array(n);
		const fill = counts.slice();
		for (let e = 0; e < n; e++) this.order[fill[this.bucket(e)]++] = e;
		const size = this.size;
		this.state = {
			month: 0,
			status: new Uint8Array(size),
			level: new Uint8Array(size),
			products: new Uint8Array(size),
			joined: new Int16Array(size),
			left: new Int16Array(size),
			current: new Int32Array(0),
			byLevel: [0, 0, 0, 0],
			arrivals: new Int32Array(0),
			departures: new Int32Array(0)
		};
	}

	private bucket(e: number): number {
		const m = this.events[e * 4 + 1];
		return m <= 0 ? 0 : m > this.months ? this.months : m;
	}

	/** The population at the end of month t (0 = the starting book, before month 1). */
	at(t: number): PopulationAt {
		const month = Math.max(0, Math.min(this.months, Math.round(t)));
		const s = this.state;
		if (this.cursor < 0 || month < this.cursor) this.restart();
		const arrivals: number[] = [];
		const departures: number[] = [];
		while (this.cursor < month) {
			this.cursor++;
			arrivals.length = 0;
			departures.length = 0;
			this.apply(this.cursor, arrivals, departures);
			if (this.cursor === month) {
				s.arrivals = Int32Array.from(arrivals);
				s.departures = Int32Array.from(departures);
			}
		}
		s.month = month;
		this.collect();
		return s;
	}

	/** Back to the starting book (month 0). */
	private restart(): void {
		const s = this.state;
		s.status.fill(STATUS.none);
		s.level.fill(this.startLevel);
		s.products.fill(1);
		s.joined.fill(-32768);
		s.left.fill(-1);
		s.arrivals = new Int32Array(0);
		s.departures = new Int32Array(0);
		this.cursor = 0;
		this.apply(0, [], []);
	}

	/** Applies the events of month m (bucket m), noting who arrived and who left in it. */
	private apply(m: number, arrivals: number[], departures: number[]): void {
		const { events, order } = this;
		const s = this.state;
		for (let k = this.start[m]; k < this.start[m + 1]; k++) {
			const o = order[k] * 4;
			const agent = events[o];
			const month = events[o + 1];
			const d = events[o + 3];
			switch (events[o + 2]) {
				case EVENT.joined:
					s.status[agent] = STATUS.current;
					s.joined[agent] = month;
					s.left[agent] = -1;
					if (m > 0) arrivals.push(agent);
					break;
				case EVENT.level:
					s.level[agent] = d;
					break;
				case EVENT.product:
					s.products[agent] = d;
					break;
				case EVENT.left:
					s.status[agent] = STATUS.lost;
					s.left[agent] = month;
					departures.push(agent);
					break;
			}
		}
	}

	/** Lists the current clients and counts them by level. */
	private collect(): void {
		const s = this.state;
		const byLevel: [number, number, number, number] = [0, 0, 0, 0];
		let n = 0;
		for (let i = 0; i < this.size; i++) if (s.status[i] === STATUS.current) n++;
		const current = new Int32Array(n);
		n = 0;
		for (let i = 0; i < this.size; i++) {
			if (s.status[i] !== STATUS.current) continue;
			current[n++] = i;
			byLevel[s.level[i]]++;
		}
		s.current = current;
		s.byLevel = byLevel;
	}
}
