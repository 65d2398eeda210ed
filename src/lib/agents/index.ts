// The agent view's model: replaying a run's clients month by month, laying out their marks, their stories and the 80/20 figures.
import {
	LEVELS,
	ORIGIN_NAMES,
	REASON_NAMES,
	storyOf,
	type RunResult,
	type StoryLine
} from '$lib/sim';
import { STATUS, type PopulationAt } from './timeline';

export * from './timeline';
export * from './layout';
export * from './concentration';
export * from './paint';

/** What the story panel shows about one client, as of the shown month. */
export interface ClientStory {
	agent: number;
	/** 'current', 'left' or 'not yet a client' at the shown month. */
	status: string;
	origin: string;
	levelName: string;
	products: number;
	joined: number;
	left: number;
	reason: string;
	referrer: number;
	/** Everything that happened to the client up to the shown month, oldest first. */
	lines: StoryLine[];
	/** Whether more happens to it after the shown month. */
	more: boolean;
}

/** The story of one client up to the shown month, read from the run's event log. */
export function clientStory(result: RunResult, pop: PopulationAt, agent: number): ClientStory {
	const all = storyOf(result.events, agent);
	const lines = all.filter((l) => l.month <= pop.month);
	const status = pop.status[agent];
	return {
		agent,
		status:
			status === STATUS.current ? 'current' : status === STATUS.lost ? 'left' : 'not yet a client',
		origin: ORIGIN_NAMES[result.agents.origin[agent]] ?? '—',
		levelName: LEVELS[pop.level[agent]]?.name ?? '—',
		products: pop.products[agent],
		joined: pop.joined[agent],
		left: pop.left[agent],
		reason: status === STATUS.lost ? (REASON_NAMES[result.agents.reason[agent]] ?? '—') : '',
		referrer: result.agents.referrer[agent],
		lines,
		more: lines.length < all.length
	};
}
