// The scenario file format: frontmatter checked with valibot against the parameter schema, and the Scenario it becomes.
import * as v from 'valibot';
import { DEFAULTS, PARAMS, PARAM_KEYS, SPEC, snap, type ParamKey, type Params } from '$lib/sim';
import { MEASURE_IDS, type Goal } from './goals';

/** One step of a scenario's story: the parameters it sets and what to look at. */
export interface ScenarioStep {
	title: string;
	/** Parameters this step sets on top of the scenario's own (steps do not add up: each starts from the scenario). */
	params: Partial<Params>;
	/** What to look at, in a sentence or two. */
	look: string;
}

export interface Scenario {
	/** File name without .md; the `scenario` key of a link. */
	id: string;
	title: string;
	/** One sentence for the list. */
	summary: string;
	/** The idea of the source material it is about. */
	idea: string;
	/** The source text(s) the idea rests on, by title and language. */
	source: string;
	/** Position in the list. */
	order: number;
	/** Parameters the scenario starts from (the rest are the defaults). */
	params: Partial<Params>;
	steps: ScenarioStep[];
	goals: Goal[];
	/** Changes to the starting parameters that meet every goal (checked by the tests; never shown on the page). */
	answer?: Partial<Params>;
}

/** A parameter value: a number inside the schema's range and on its step grid. */
const paramEntries = Object.fromEntries(
	PARAMS.map((p) => [
		p.key,
		v.optional(
			v.pipe(
				v.number(),
				v.minValue(p.min),
				v.maxValue(p.max),
				v.check((x) => snap(p, x) === x, `must be on the ${p.key} step grid (step ${p.step})`)
			)
		)
	])
) as unknown as Record<ParamKey, v.OptionalSchema<v.GenericSchema<number>, undefined>>;

const ParamsSchema = v.strictObject(paramEntries);

const bound = v.optional(v.pipe(v.number(), v.finite()));

const MeasureCheckSchema = v.strictObject({
	measure: v.picklist(MEASURE_IDS),
	years: v.optional(v.pipe(v.number(), v.minValue(1), v.maxValue(30))),
	level: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(3))),
	min: bound,
	max: bound,
	minChange: bound,
	maxChange: bound
});

const ParamCheckSchema = v.strictObject({
	param: v.picklist(PARAM_KEYS),
	min: bound,
	max: bound
});

const OnlyCheckSchema = v.strictObject({
	only: v.pipe(v.array(v.picklist(PARAM_KEYS)), v.minLength(1))
});

const GoalSchema = v.strictObject({
	id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/)),
	text: v.pipe(v.string(), v.minLength(1)),
	checks: v.pipe(
		v.array(v.union([MeasureCheckSchema, ParamCheckSchema, OnlyCheckSchema])),
		v.minLength(1),
		v.check(
			(cs) =>
				cs.every((c) =>
					'only' in c
						? true
						: 'param' in c
							? c.min !== undefined || c.max !== undefined
							: [c.min, c.max, c.minChange, c.maxChange].some((x) => x !== undefined)
				),
			'every check needs a target (min, max, minChange or maxChange)'
		)
	)
});

const StepSchema = v.strictObject({
	title: v.pipe(v.string(), v.minLength(1)),
	params: v.optional(ParamsSchema),
	look: v.pipe(v.string(), v.minLength(1))
});

export const FrontmatterSchema = v.strictObject({
	title: v.pipe(v.string(), v.minLength(1)),
	summary: v.pipe(v.string(), v.minLength(1)),
	idea: v.pipe(v.string(), v.minLength(1)),
	source: v.pipe(v.string(), v.minLength(1)),
	order: v.number(),
	params: v.optional(ParamsSchema),
	steps: v.optional(v.array(StepSchema)),
	goals: v.pipe(
		v.array(GoalSchema),
		v.check((gs) => new Set(gs.map((g) => g.id)).size === gs.length, 'goal ids must be unique')
	),
	answer: v.optional(ParamsSchema)
});

/** Drops the keys valibot reports as undefined (optional params that were not given). */
function defined(p: Partial<Record<ParamKey, number | undefined>> | undefined): Partial<Params> {
	const out: Partial<Params> = {};
	for (const k of PARAM_KEYS) if (p?.[k] !== undefined) out[k] = p[k];
	return out;
}

/** Checks a scenario's frontmatter; returns the scenario or the problems, one line each. */
export function parseScenario(
	id: string,
	metadata: unknown
): { scenario: Scenario; problems?: undefined } | { scenario?: undefined; problems: string[] } {
	if (metadata === undefined || metadata === null)
		return {
			problems: [
				`${id}: no frontmatter (missing, or not valid YAML — quote values that contain ": ")`
			]
		};
	const r = v.safeParse(FrontmatterSchema, metadata);
	if (!r.success)
		return {
			problems: r.issues.map((i) => {
				const path = i.path?.map((p) => String(p.key)).join('.') ?? '';
				return `${id}: ${path ? `${path}: ` : ''}${i.message}`;
			})
		};
	return { scenario: toScenario(id, r.output) };
}

/** A scenario file's frontmatter, as FrontmatterSchema accepts it. */
export type Frontmatter = v.InferOutput<typeof FrontmatterSchema>;

/** The Scenario a checked frontmatter describes. */
export function toScenario(id: string, m: Frontmatter): Scenario {
	return {
		id,
		title: m.title,
		summary: m.summary,
		idea: m.idea,
		source: m.source,
		order: m.order,
		params: defined(m.params),
		steps: (m.steps ?? []).map((s) => ({
			title: s.title,
			look: s.look,
			params: defined(s.params)
		})),
		goals: m.goals.map((g) => ({
			id: g.id,
			text: g.text,
			checks: g.checks.map((c) =>
				Object.fromEntries(Object.entries(c).filter(([, x]) => x !== undefined))
			) as Goal['checks']
		})),
		answer: m.answer ? defined(m.answer) : undefined
	};
}

/** How many steps a scenario's story has (at least one: the scenario itself). */
export function stepCount(s: Scenario): number {
	return Math.max(1, s.steps.length);
}

/** The full parameter set of a scenario at a step: the defaults, the scenario's values, then that step's. */
export function paramsAt(s: Scenario, step: number): Params {
	return { ...DEFAULTS, ...s.params, ...(s.steps[step]?.params ?? {}) };
}

/** The parameters that meet every goal: the start with the scenario's answer applied (for the tests). */
export function answerParams(s: Scenario): Params | null {
	return s.answer ? { ...paramsAt(s, 0), ...s.answer } : null;
}

/** The keys a step changes, for "this step sets …" lines. */
export function stepChanges(
	s: Scenario,
	step: number
): { key: ParamKey; label: string; value: number }[] {
	const before = step > 0 ? paramsAt(s, step - 1) : { ...DEFAULTS };
	const now = paramsAt(s, step);
	return PARAM_KEYS.filter((k) => before[k] !== now[k]).map((k) => ({
		key: k,
		label: SPEC[k].label,
		value: now[k]
	}));
}
