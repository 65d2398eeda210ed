// The one parameter schema: every input of the model, with its meaning, unit, range, default and source.
// Sliders, URL keys, CLI flags, validation and the docs table are all generated from this list.

/** Where a parameter sits on the page. */
export type ParamGroup = 'lever' | 'run' | 'client' | 'market' | 'scenario';

export interface ParamSpec {
	/** Key used in the URL, the CLI (`--key`) and the engine. */
	key: string;
	/** Short label shown beside the slider. */
	label: string;
	/** Unit shown after the value. */
	unit: string;
	/** What the parameter means, in one sentence. */
	description: string;
	min: number;
	max: number;
	step: number;
	default: number;
	/** Where the value (or its range) comes from: a source title, or "model assumption". */
	source: string;
	group: ParamGroup;
	/** How a value is shown: percent of a fraction, a plain number, or on/off. */
	format: 'percent' | 'number' | 'money' | 'boolean' | 'multiple' | 'integer';
	/** Optional band to mark on the slider (e.g. the 5–7× of the source material). */
	band?: [number, number];
	/** How the page offers it: a slider (default), a slider on a log scale, or a number box. */
	control?: 'slider' | 'log' | 'number';
	/**
	 * True for a price: it changes what the broker pays or how profit is discounted, never what a client
	 * does, so a change of prices alone is worked out from the last run's months (reprice.ts).
	 */
	pricing?: boolean;
}

const S001 = '如何建立良好的客户关系 (Chinese, lecture outline)';
const S004 = '把关系用到最优 (Chinese)';
const S003 =
	'¿Cómo llevan a cabo las pequeñas y medianas empresas la gestión de las relaciones con los clientes? (Spanish)';
const S002 = '实施关系营销策略提升客户价值 (Chinese)';

export const PARAMS = [
	// ── The three levers ─────────────────────────────────────────────────────────────
	{
		key: 'retention',
		label: 'Retention rate',
		unit: '/ year',
		description:
			'Share of clients on basic (transactional) service, with one product and no relationship investment, who stay for another year; higher levels, more products, trust, satisfaction and investment lower churn further.',
		min: 0.5,
		max: 0.99,
		step: 0.01,
		default: 0.8,
		source: `${S001}: cutting churn by 5% raises profit by 25–85%; 80% is a common base rate`,
		group: 'lever',
		format: 'percent'
	},
	{
		key: 'acquisitionMultiple',
		label: 'Acquisition cost',
		unit: 'a year’s keeping cost',
		description:
			'Cost of winning one client, as a multiple of the cost of keeping one client for a year (12 × service cost).',
		min: 1,
		max: 10,
		step: 0.5,
		default: 6,
		source: `${S001}: winning a client costs 5–7 times keeping one`,
		group: 'lever',
		format: 'multiple',
		band: [5, 7],
		pricing: true
	},
	{
		key: 'investment',
		label: 'Relationship investment',
		unit: '¤ / client / month',
		description:
			'Money spent each month on each current client to deepen the relationship (contact, priority service, key-person ties); with diminishing returns it keeps clients from leaving, moves them up the levels and stops them slipping back.',
		min: 0,
		max: 60,
		step: 1,
		default: 3,
		source: `${S001} (four relationship levels, each costing more; a relationship that costs more than it returns is a luxury); ${S002} (emotional investment keeps old clients); the default 3 is a model assumption, set well below the most profitable amount (about 12–15) so that the default broker under-invests`,
		group: 'lever',
		format: 'money'
	},
	// ── The run ──────────────────────────────────────────────────────────────────────
	{
		key: 'seed',
		label: 'Seed',
		unit: '',
		description: 'Seed of the random generator: the same seed and parameters give the same run.',
		min: 1,
		max: 999999,
		step: 1,
		default: 1,
		source: 'model setting',
		group: 'run',
		format: 'integer',
		control: 'number'
	},
	{
		key: 'clients',
		label: 'Starting clients',
		unit: 'clients',
		description: 'Current clients at month 0.',
		min: 100,
		max: 1000000,
		step: 100,
		default: 10000,
		source: 'model setting',
		group: 'run',
		format: 'integer',
		control: 'log'
	},
	{
		key: 'years',
		label: 'Horizon',
		unit: 'years',
		description: 'How many years the run covers.',
		min: 1,
		max: 30,
		step: 1,
		default: 10,
		source: 'model setting',
		group: 'run',
		format: 'integer'
	},
	{
		key: 'textbook',
		label: 'Textbook mode',
		unit: '',
		description:
			'On: identical clients, no level changes, a fixed number of arrivals each month and one margin per client, so the run can be checked against closed-form formulas.',
		min: 0,
		max: 1,
		step: 1,
		default: 0,
		source: 'model setting (customer-lifetime-value textbook formulas)',
		group: 'run',
		format: 'boolean'
	},
	// ── Clients ──────────────────────────────────────────────────────────────────────
	{
		key: 'meanValue',
		label: 'Mean client value',
		unit: '¤ / month',
		description:
			'Average commission a new transactional client brings the broker each month, before any cost.',
		min: 10,
		max: 500,
		step: 1,
		default: 100,
		source: 'model assumption (units are arbitrary money, ¤)',
		group: 'client',
		format: 'money'
	},
	{
		key: 'valueSpread',
		label: 'Value spread',
		unit: 'σ (log scale)',
		description:
			'How unequal client values are (standard deviation of log value); at 1.45, with levels, products and tenure on top, the top 20% of clients bring about 78% of revenue.',
		min: 0,
		max: 2.5,
		step: 0.05,
		default: 1.45,
		source: `${S001}: about 20% of key clients bring 80% of results`,
		group: 'client',
		format: 'number'
	},
	{
		key: 'serviceCost',
		label: 'Service cost',
		unit: '¤ / client / month',
		description:
			'Variable cost of serving (keeping) one transactional client for a month; 12 × this is the yardstick for the acquisition cost.',
		min: 5,
		max: 200,
		step: 1,
		default: 25,
		source: `model assumption, calibrated so that a median client is worth keeping at the preferred level (${S001}) and winning a client (5–7 × a year of this) earns less per ¤ than keeping one`,
		group: 'client',
		format: 'money'
	},
	{
		key: 'overhead',
		label: 'Fixed costs',
		unit: '¤ / starting client / month',
		description:
			'The firm’s fixed running cost (offices, staff, systems), sized to its starting book (this × starting clients) and paid every month whatever the number of clients; it is what makes profit a thin slice of revenue. Not charged in textbook mode.',
		min: 0,
		max: 200,
		step: 1,
		default: 165,
		source:
			'model assumption, calibrated so that profit is a thin share of revenue, as the 5% → 25–85% claim of 如何建立良好的客户关系 presumes',
		group: 'client',
		format: 'money',
		pricing: true
	},
	{
		key: 'tenureGrowth',
		label: 'Tenure growth',
		unit: '% / year',
		description:
			'How much a client’s business grows each year it stays (more trades, lower cost to serve), for up to ten years.',
		min: 0,
		max: 20,
		step: 1,
		default: 5,
		source: `${S001} (loyalty shows as repeat and related buying); retention research in ${S004}; size assumed`,
		group: 'client',
		format: 'number'
	},
	{
		key: 'crossSell',
		label: 'Cross-selling',
		unit: '% / month',
		description:
			'Monthly chance that a transactional client buys one more product; higher levels buy more often.',
		min: 0,
		max: 10,
		step: 0.1,
		default: 0.8,
		source: `${S004}: bank data, 2 products 55% churn, 4+ almost none; ${S001}: related buying`,
		group: 'client',
		format: 'number'
	},
	{
		key: 'referral',
		label: 'Referral rate',
		unit: '% / month',
		description:
			'Monthly chance that a satisfied client at preferred level or above refers a friend to the broker.',
		min: 0,
		max: 5,
		step: 0.1,
		default: 0.5,
		source: `${S001}: referral buying; ${S002}: loyal clients refer new ones`,
		group: 'client',
		format: 'number'
	},
	{
		key: 'focus',
		label: 'Value focus',
		unit: '0–1',
		description:
			'How strongly relationship effort is aimed at high-value clients (0 = spread evenly, 1 = mostly the most valuable); past effort was aimed the same way, so it also sets which starting clients hold the higher levels.',
		min: 0,
		max: 1,
		step: 0.05,
		default: 0.5,
		source: `${S004}: treat clients as a portfolio; grow a few acquaintances into friends`,
		group: 'client',
		format: 'number'
	},
	// ── Market and promises ─────────────────────────────────────────────────────────
	{
		key: 'prospecting',
		label: 'Prospecting',
		unit: '% of clients / month',
		description:
			'Potential clients the broker contacts each month (they become target clients), as a share of the starting client count.',
		min: 0,
		max: 10,
		step: 0.1,
		default: 1.8,
		source:
			'如何建立良好的客户关系 / ¿Cómo mejorar las relaciones con los clientes? (potential → target → current)',
		group: 'market',
		format: 'number'
	},
	{
		key: 'promise',
		label: 'Promise',
		unit: '0–10',
		description:
			'What the broker promises clients: a bigger promise wins more targets (conversion × (promise / 6)²) but raises what clients expect.',
		min: 0,
		max: 10,
		step: 0.5,
		default: 6,
		source: `${S003}: satisfaction is performance against expectations (Kotler); too low a promise sells little, too high a one disappoints`,
		group: 'market',
		format: 'number'
	},
	{
		key: 'quality',
		label: 'Service quality',
		unit: '0–10',
		description:
			'How good clients find the service, on the same scale as the promise; the default broker delivers a little more than it promises.',
		min: 0,
		max: 10,
		step: 0.5,
		default: 7,
		source: `${S003}: retain clients through service quality, product quality and fast execution`,
		group: 'market',
		format: 'number'
	},
	{
		key: 'discountRate',
		label: 'Discount rate',
		unit: '/ year',
		description: 'Annual rate used to discount future profit and client lifetime value.',
		min: 0,
		max: 0.3,
		step: 0.01,
		default: 0.08,
		source: 'model assumption (customer-lifetime-value convention)',
		group: 'market',
		format: 'percent',
		pricing: true
	},
	// ── Scenario settings ───────────────────────────────────────────────────────────
	{
		key: 'shockMonth',
		label: 'Market shock at month',
		unit: 'month',
		description:
			'Month in which a market change makes partnership and alliance clients reconsider (0 = no shock).',
		min: 0,
		max: 360,
		step: 1,
		default: 0,
		source: `${S004}: a small firm suffers when higher-level clients leave in a changing environment`,
		group: 'scenario',
		format: 'integer'
	},
	{
		key: 'shockSize',
		label: 'Shock size',
		unit: 'share who leave',
		description:
			'Share of partnership and alliance clients who leave in the shock month (preferred clients leave at a third of this).',
		min: 0,
		max: 1,
		step: 0.05,
		default: 0.3,
		source: `${S004} (model assumption for the size)`,
		group: 'scenario',
		format: 'percent'
	},
	{
		key: 'holdLevel',
		label: 'Hold at level',
		unit: '',
		description:
			'Experiment switch: −1 lets clients move between levels; 0–3 holds every client at one level (transactional, preferred, partnership, alliance) for the whole run.',
		min: -1,
		max: 3,
		step: 1,
		default: -1,
		source: 'model setting (used to compare levels for the same client)',
		group: 'scenario',
		format: 'integer'
	}
] as const satisfies readonly ParamSpec[];

/** A parameter key. */
export type ParamKey = (typeof PARAMS)[number]['key'];

/** A full set of parameter values, one number per key (booleans are 0/1). */
export type Params = Record<ParamKey, number>;

// The look-ups below are marked pure so that a bundle needing none of them (the simulation worker, which
// imports only MODEL_VERSION through the engine) leaves the schema's texts out.

/** Look-up of a spec by key. */
export const SPEC: Record<ParamKey, ParamSpec> = /* @__PURE__ */ Object.fromEntries(
	/* @__PURE__ */ PARAMS.map((p) => [p.key, p])
) as Record<ParamKey, ParamSpec>;

/** Every key, in schema order. */
export const PARAM_KEYS: ParamKey[] = /* @__PURE__ */ PARAMS.map((p) => p.key);

/** The default value of every parameter. */
export const DEFAULTS: Params = /* @__PURE__ */ Object.fromEntries(
	/* @__PURE__ */ PARAMS.map((p) => [p.key, p.default])
) as Params;

/** A full parameter set: the defaults with some values replaced. */
export function withDefaults(overrides: Partial<Params> = {}): Params {
	return { ...DEFAULTS, ...overrides };
}

/** Version of the model's numbers: bump when a change to the engine changes any run's output. */
export const MODEL_VERSION = 2;
