// The scenario library: every content/scenarios/*.md file, its frontmatter checked, sorted for the list.
import type { Component } from 'svelte';
import type { ScenarioCatalog } from '$lib/links';
import { parseScenario, stepCount, type Scenario } from './schema';

export * from './schema';
export * from './goals';

interface ScenarioModule {
	default: Component;
	metadata?: unknown;
}

const modules = import.meta.glob<ScenarioModule>('/content/scenarios/*.md', { eager: true });

/** A scenario with its story (the markdown body, rendered by mdsvex). */
export interface LoadedScenario extends Scenario {
	Story: Component;
}

function load(): { scenarios: LoadedScenario[]; problems: string[] } {
	const scenarios: LoadedScenario[] = [];
	const problems: string[] = [];
	for (const [path, mod] of Object.entries(modules)) {
		const id = path.replace(/^.*\//, '').replace(/\.md$/, '');
		const r = parseScenario(id, mod.metadata);
		if (r.scenario) scenarios.push({ ...r.scenario, Story: mod.default });
		else problems.push(...r.problems);
	}
	scenarios.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
	return { scenarios, problems };
}

const loaded = load();

/** Every valid scenario, in list order. */
export const scenarios: LoadedScenario[] = loaded.scenarios;
/** Problems with scenario files that were left out (empty when all are valid; the tests check it). */
export const scenarioProblems: string[] = loaded.problems;

/** Scenario ids and their step counts, for checking a link's `scenario` and `step`. */
export const scenarioCatalog: ScenarioCatalog = new Map(scenarios.map((s) => [s.id, stepCount(s)]));

export function scenarioById(id: string): LoadedScenario | undefined {
	return scenarios.find((s) => s.id === id);
}
