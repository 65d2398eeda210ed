// The per-client history: a compact log of what happened to whom and when, and the story of one client read from it.
import { LEVELS } from './levels';
import { ORIGIN_NAMES, REASON_NAMES } from './population';

/** Kinds of event in the log. */
export const EVENT = { targeted: 1, joined: 2, level: 3, product: 4, left: 5, dropped: 6 } as const;
export type EventKind = (typeof EVENT)[keyof typeof EVENT];

/**
 * Events stored as 4 integers each: agent, month, kind, detail (origin, new level, products held, reason).
 * Starting clients get a `joined` event at their (negative) joining month, then, at month 0, a `level` event
 * if they start above transactional and a `product` event if they start with more than one product.
 */
export class EventLog {
	data: Int32Array;
	length = 0;
	constructor(capacity = 4096) {
		this.data = new Int32Array(capacity * 4);
	}
	add(agent: number, month: number, kind: EventKind, detail: number): void {
		if ((this.length + 1) * 4 > this.data.length) {
			const next = new Int32Array(this.data.length * 2);
			next.set(this.data);
			this.data = next;
		}
		const o = this.length++ * 4;
		this.data[o] = agent;
		this.data[o + 1] = month;
		this.data[o + 2] = kind;
		this.data[o + 3] = detail;
	}
	/** The events logged so far, as a view of the log's array (for a result; logging more may move it). */
	used(): Int32Array {
		return this.data.subarray(0, this.length * 4);
	}
}

/** One line of a client's story. */
export interface StoryLine {
	month: number;
	kind: EventKind;
	text: string;
}

/** Turns the events of one agent into readable lines, oldest first. */
export function storyOf(events: Int32Array, agent: number): StoryLine[] {
	const lines: StoryLine[] = [];
	for (let o = 0; o < events.length; o += 4) {
		if (events[o] !== agent) continue;
		const month = events[o + 1];
		const kind = events[o + 2] as EventKind;
		const d = events[o + 3];
		lines.push({ month, kind, text: describe(kind, d, month) });
	}
	return lines;
}

function describe(kind: EventKind, d: number, month: number): string {
	switch (kind) {
		case EVENT.targeted:
			return d === 2
				? 'referred to the broker by a client'
				: 'contacted by the broker (target client)';
		case EVENT.joined:
			return `became a client (${ORIGIN_NAMES[d]})`;
		case EVENT.level:
			return `relationship level → ${LEVELS[d].name.toLowerCase()}`;
		case EVENT.product:
			// Month 0 is the start of the run: a starting client's products are logged then.
			return month <= 0 ? `held ${d} products at the start` : `bought another product (${d} held)`;
		case EVENT.left:
			return `left: ${REASON_NAMES[d]}`;
		case EVENT.dropped:
			return 'stopped talking to the broker (back to potential)';
	}
}
