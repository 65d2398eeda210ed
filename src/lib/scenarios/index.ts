// The scenario library: every content/scenarios/*.md file, its frontmatter checked (when the site is built), sorted for the list.
import type { Component } from 'svelte';
import type { ScenarioCatalog } from '$lib/links';
import { parseScenario, stepCount, toScenario, type Frontmatter, type Scenario } from './schema';

export * from './schema';
export * from './goals';

/** Every scenario's frontmatter, read now (see the frontmatter plugin in vite.config.ts). */
const frontmatters = import.meta.glob<unknown>('/content/scenarios/*.md', {
	eager: true,
	query: '?frontmatter',
	import: 'default'
});
/** Every scenario's story (the markdown body, rendered by mdsvex), loaded when the scenario opens. */
const stories = import.meta.glob<Component>('/content/scenarios/*.md', { import: 'default' });

/** A scenario with a loader for its story. */
export interface LoadedScenario extends Scenario {
	story: () => Promise<Component>;
}

function load(): { scenarios: LoadedScenario[]; problems: string[] } {
	const scenarios: LoadedScenario[] = [];
	const problems: string[] = [];
	for (const [path, metadata] of Object.entries(frontmatters)) {
		const id = path.replace(/^.*\//, '').replace(/\.md(\?.*)?$/, '');
		// Every file is checked where the site is built (prerendering runs this on the server; a bad file
		// stops the build) and in development; the built pages read the same files, already checked.
		const r =
			import.meta.env.SSR || import.meta.env.DEV
				? parseScenario(id, metadata)
				: { scenario: toScenario(id, metadata as Frontmatter) };
		const file = path.replace(/\?.*$/, '');
		if (!r.scenario) problems.push(...r.problems);
		else if (!(file in stories)) problems.push(`${id}: no story found for ${file}`);
		else scenarios.push({ ...r.scenario, story: stories[file] });
	}
	scenarios.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
	if (problems.length && !import.meta.env.DEV)
		throw new Error(`Scenario files with problems:\n${problems.join('\n')}`);
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
