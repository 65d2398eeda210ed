// Keeps the page and its address in step: reads the link once in the browser (checking every value), then writes the state back with replaceState.
import { onMount } from 'svelte';
import { replaceState } from '$app/navigation';
import { page } from '$app/state';
import { MODEL_VERSION } from '$lib/sim';
import {
	queryToState,
	stateToQuery,
	type LinkNotice,
	type LinkView,
	type ScenarioCatalog
} from '$lib/links';
import type { SimulationState } from './simulation.svelte';
import type { ViewState } from './view.svelte';
import type { BaselineState } from './baseline.svelte';

/** How long the address waits after the last change before it is rewritten (a dragged slider fires many changes). */
const WRITE_DELAY_MS = 250;

export class LinkSync {
	/** Problems found in the link that opened the page, for the notices bar. */
	notices: LinkNotice[] = $state([]);
	/** True once the link has been read and applied: the page now shows the run the link describes. */
	ready: boolean = $state(false);
	/** The model version the link was made with. */
	version: number = $state(MODEL_VERSION);

	readonly #sim: SimulationState;
	readonly #view: ViewState;
	readonly #baseline: BaselineState;
	readonly #catalog: ScenarioCatalog;

	/** The query string (without "?") that reproduces the page as it is now. */
	query: string = $derived.by(() => {
		const v = this.#view;
		const view: LinkView = {
			tab: v.tab,
			scenario: v.scenario,
			step: v.step,
			present: v.present,
			month: v.month
		};
		return stateToQuery({ params: this.#sim.params, view, baseline: this.#baseline.params });
	});

	constructor(
		sim: SimulationState,
		view: ViewState,
		baseline: BaselineState,
		catalog: ScenarioCatalog
	) {
		this.#sim = sim;
		this.#view = view;
		this.#baseline = baseline;
		this.#catalog = catalog;
	}

	/** Reads a query string and applies it to the page; never throws; problems become notices. */
	apply(search: string): void {
		const r = queryToState(search, this.#catalog);
		const v = this.#view;
		this.#sim.params = r.state.params;
		v.tab = r.state.view.tab;
		v.scenario = r.state.view.scenario;
		v.step = r.state.view.step;
		v.month = r.state.view.month;
		// Presentation mode is the room's setting: a link changes it only when it says so.
		if (r.given.has('present')) v.present = r.state.view.present;
		this.#baseline.set(r.state.baseline);
		this.notices = r.notices;
		this.version = r.version;
	}

	/** Hides the notices (the dismiss button). */
	dismiss(): void {
		this.notices = [];
	}

	/** The full address of the page as it is now (browser only): what "Copy link" copies and the QR code holds. */
	get href(): string {
		if (typeof location === 'undefined') return '';
		return `${location.origin}${location.pathname}?${this.query}`;
	}

	/**
	 * Wires the page to its address; call once while a component initialises. The link is read in
	 * onMount (the page is prerendered with the defaults, so the address exists only in the browser);
	 * after that every change rewrites the address in place, a short while after the last change.
	 */
	connect(): void {
		let timer: ReturnType<typeof setTimeout> | undefined;
		onMount(() => {
			this.apply(location.search);
			this.ready = true;
			return () => clearTimeout(timer);
		});
		$effect(() => {
			const q = this.query;
			if (!this.ready) return;
			clearTimeout(timer);
			timer = setTimeout(() => this.#write(q), WRITE_DELAY_MS);
		});
	}

	#write(query: string): void {
		const url = new URL(location.href);
		url.search = query;
		if (url.href === location.href) return;
		try {
			replaceState(url, page.state);
		} catch {
			// The router is not ready yet (first moments of the page): try again shortly.
			setTimeout(() => this.#write(this.query), WRITE_DELAY_MS);
		}
	}
}
