// What the simulator page is showing (not what it simulates): the open tab, scenario step, presentation mode, month.
// Every field here travels in the link (see the link state), so a shared link reopens the same view.

export const TABS = ['charts', 'clients', 'sweeps'] as const;
export type Tab = (typeof TABS)[number];

export class ViewState {
	/** Which panel of results is open: the charts, the agent view of clients, or the lever sweeps. */
	tab: Tab = $state('charts');
	/** Scenario id (file name in content/scenarios/ without .md), or '' when none is open. */
	scenario: string = $state('');
	/** Step of the open scenario's story, from 0. */
	step: number = $state(0);
	/** Presentation mode: projector colours, large type, advanced controls hidden. */
	present: boolean = $state(false);
	/** Month shown by playback (0 = the end of the run: show everything). */
	month: number = $state(0);
}

/** The page's one view state. */
export const view = new ViewState();
