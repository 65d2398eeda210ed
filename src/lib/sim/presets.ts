// Named parameter presets: firms of different sizes and strategies, each a set of changes to the defaults with its reason and source.
import type { Params } from './schema';

export interface Preset {
	/** Machine name (used in links and tests). */
	id: string;
	/** Short name on the page. */
	name: string;
	/** One sentence: who this broker is and why the values are what they are. */
	description: string;
	/** Where the idea comes from: a source title, or "model assumption". */
	source: string;
	/** The parameters that differ from the defaults. */
	params: Partial<Params>;
}

const S004 = '把关系用到最优 (Chinese)';

export const PRESETS = {
	/** The default broker, for comparison. */
	baseline: {
		id: 'baseline',
		name: 'Default broker',
		description:
			'The calibrated defaults: a mid-sized broker with 10,000 clients that under-invests a little in its relationships and promises a little more than pays.',
		source: 'model defaults (see the claims table in the model notes)',
		params: {}
	},
	/**
	 * A small broker whose profit rests on a few high-level clients: effort aimed almost entirely at its most
	 * valuable clients (focus 1) and enough investment to carry them to partnership and alliance.
	 */
	smallFirm: {
		id: 'smallFirm',
		name: 'Small broker, few key clients',
		description:
			'A small broker (500 clients) that aims its relationship effort at its few most valuable clients and has grown them into partners: most of its profit rests on a handful of high-level clients.',
		source: `${S004}: a small firm has few clients, and when the environment changes its higher-level clients may leave, a heavy blow`,
		params: { clients: 500, focus: 1, investment: 6 }
	},
	/**
	 * A large broker following the article's strategy for large firms: grow many transactional clients
	 * ("acquaintances") into preferred ones ("friends") and cross-sell to them.
	 */
	largeFirm: {
		id: 'largeFirm',
		name: 'Large broker',
		description:
			'A large broker (20,000 clients) that spreads its relationship effort widely, grows about half of its clients into preferred relationships and cross-sells to them, so no small group of clients carries its profit.',
		source: `${S004}: a large firm keeps acquaintances to a small share, makes friends the majority and cross-sells; strong firms withstand the loss of partners`,
		params: { clients: 20000, focus: 0.25, investment: 10, crossSell: 1.5 }
	},
	/** Textbook mode with the defaults, for the closed-form checks. */
	textbook: {
		id: 'textbook',
		name: 'Textbook',
		description:
			'Identical clients, fixed arrivals and one margin per client, so the run can be checked against the customer-lifetime-value formulas.',
		source: `customer-lifetime-value textbook formulas (lifetime value is discussed in ${S004})`,
		params: { textbook: 1 }
	}
} as const satisfies Record<string, Preset>;

export type PresetId = keyof typeof PRESETS;

/** Every preset, in display order. */
export const PRESET_LIST: Preset[] = Object.values(PRESETS);
