// A run the page needs besides the one it shows (the pinned baseline, a scenario's starting run): asked of the background worker, so a large one never blocks the page.
import { untrack } from 'svelte';
import type { Params, RunResult } from '$lib/sim';
import { backgroundClient, type SimClient } from '$lib/worker';
import { paramsKey } from '$lib/sim/key';

let instances = 0;

export class SideRun {
	/** The run of the parameters last asked for, or null while it is computing (or when none is asked for). */
	result: RunResult | null = $state.raw(null);
	/** True while the run asked for is computing. */
	pending: boolean = $state(false);
	/** A message when the engine failed on the parameters asked for. */
	error: string = $state('');

	readonly #client: SimClient | null;
	readonly #channel: string;
	/** Key of the parameters last asked for ('' for none). */
	#key = '';
	#stop: (() => void) | null = null;

	/**
	 * Follows `wanted`: the parameters whose run is needed (null: none), and a run the page already holds
	 * (see want). `client`: the worker client to ask (none during prerendering, where effects never start).
	 */
	constructor(
		name: string,
		wanted: () => { params: Params | null; have: RunResult | null },
		client: SimClient | null = backgroundClient()
	) {
		this.#client = client;
		this.#channel = `${name}${instances++}`;
		if (!client) return;
		this.#stop = $effect.root(() => {
			$effect(() => {
				const { params, have } = wanted();
				untrack(() => this.want(params, have));
			});
		});
	}

	/**
	 * Asks for the run of `p` (null: no run). `have` is a run the page already holds; when it has exactly
	 * these parameters it is used as it is (pinning the run on screen costs nothing), also when it arrives
	 * while the asked run is still computing.
	 */
	want(p: Params | null, have: RunResult | null = null): void {
		const key = p ? paramsKey(p) : '';
		const held = !!p && !!have && paramsKey(have.params) === key;
		if (key === this.#key) {
			// Asked already: a run the page has meanwhile computed for these parameters ends the wait.
			if (this.pending && held) {
				this.#client?.cancel(this.#channel);
				this.result = have;
				this.pending = false;
			}
			return;
		}
		this.#key = key;
		this.#client?.cancel(this.#channel);
		this.error = '';
		if (!p) {
			this.result = null;
			this.pending = false;
		} else if (held) {
			this.result = have;
			this.pending = false;
		} else if (this.#client) {
			this.result = null;
			this.pending = true;
			this.#client.submit(
				this.#channel,
				{ kind: 'run', params: p, history: false },
				{
					update: (r) => {
						if (this.#key !== key) return;
						this.result = r;
						this.pending = false;
					},
					error: (m) => {
						if (this.#key !== key) return;
						this.error = m;
						this.pending = false;
					}
				}
			);
		}
	}

	/** Stops following and a run still computing (when the page goes away). */
	destroy(): void {
		this.#stop?.();
		this.#stop = null;
		this.#client?.cancel(this.#channel);
		this.#key = '';
	}
}
