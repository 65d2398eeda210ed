// The page's side of the worker: posts jobs with ids on named channels; a new job on a channel cancels the old one, whose late answers are dropped.
import { clientMonths } from '$lib/sweeps/plan';
import type { JobRunner } from './runner';
import type { Job, JobKind, Request, Response, UpdateOf } from './protocol';

/** What the client needs of a worker (a Web Worker, a Node worker thread adapter, or the main-thread fallback). */
export interface WorkerLike {
	postMessage(message: Request, transfer?: Transferable[]): void;
	terminate(): void;
	onmessage: ((event: { data: Response }) => void) | null;
	onerror?: ((event: unknown) => void) | null;
}

export interface Handlers<K extends JobKind> {
	/** A new (partial or final) result of the job; never called for a job that has been replaced. */
	update(value: UpdateOf[K], final: boolean): void;
	/** Months (or runs) done of a long job. */
	progress?(done: number, total: number): void;
	error?(message: string): void;
}

interface Live {
	id: number;
	channel: string;
	job: Job;
	handlers: Handlers<JobKind>;
	/** A job whose single units run long: cancelling it means restarting the worker. */
	heavy: boolean;
}

/**
 * Client-months of one unit (one run) above which a job cannot be cancelled between units in good time
 * (about a third of a second): replacing such a job restarts the worker instead of waiting for it.
 */
export const HEAVY_UNIT = 20_000_000;

/**
 * The worker run on the page's own thread, for when no Web Worker can start (for instance a page opened from
 * file://). Its job runner loads only then, so pages whose worker starts never download it.
 */
export class LocalWorker implements WorkerLike {
	onmessage: ((event: { data: Response }) => void) | null = null;
	onerror: ((event: unknown) => void) | null = null;
	/** The runner, once loaded; messages wait for it in the order they came. */
	#runner: Promise<JobRunner> | null;

	/** `load` fetches the runner's module (replaceable in tests). */
	constructor(load: () => Promise<typeof import('./runner')> = () => import('./runner')) {
		this.#runner = load().then(
			({ JobRunner }) => new JobRunner((data) => this.onmessage?.({ data }))
		);
	}

	postMessage(message: Request): void {
		const runner = this.#runner;
		runner?.then(
			(r) => {
				if (this.#runner === runner) r.handle(message);
			},
			(err: unknown) => {
				// The runner could not load (offline before the site was ever cached): each job says so.
				if (this.#runner !== runner || message.type !== 'job') return;
				const why = err instanceof Error ? err.message : String(err);
				this.onmessage?.({
					data: {
						type: 'error',
						id: message.id,
						message: `The simulation could not be loaded on this page (${why}).`
					}
				});
			}
		);
	}
	terminate(): void {
		this.#runner = null;
		this.onmessage = null;
	}
}

export class SimClient {
	readonly #make: () => WorkerLike;
	#worker: WorkerLike | null = null;
	/** Whether the current worker has answered at least once (a worker that fails before that is replaced). */
	#heard = false;
	#local = false;
	#nextId = 1;
	readonly #live = new Map<number, Live>();
	readonly #channels = new Map<string, number>();
	/** Times the worker was restarted to drop a long stale run (for tests and the bench). */
	restarts = 0;

	/** `make` starts a worker; when it fails to start, the client falls back to a LocalWorker. */
	constructor(make: () => WorkerLike) {
		this.#make = make;
	}

	/** True when the work runs on the page's own thread (no Web Worker could start). */
	get local(): boolean {
		return this.#local;
	}

	/** Jobs posted and not yet finished, cancelled or replaced. */
	get pending(): number {
		return this.#live.size;
	}

	/** Posts a job on a channel, replacing (cancelling) the channel's previous job. Returns the job's id. */
	submit<K extends JobKind>(
		channel: string,
		job: Job & { kind: K },
		handlers: Handlers<K>
	): number {
		const restart = this.#drop(channel);
		const id = this.#nextId++;
		const live: Live = {
			id,
			channel,
			job,
			handlers: handlers as unknown as Handlers<JobKind>,
			heavy: clientMonths(job.params) >= HEAVY_UNIT
		};
		this.#live.set(id, live);
		this.#channels.set(channel, id);
		if (restart) this.#restart();
		else this.#send({ type: 'job', id, job });
		return id;
	}

	/** Cancels the channel's job, if any; its late answers are dropped. */
	cancel(channel: string): void {
		if (this.#drop(channel)) this.#restart();
	}

	/** Stops everything and the worker. */
	dispose(): void {
		this.#live.clear();
		this.#channels.clear();
		this.#worker?.terminate();
		this.#worker = null;
	}

	/** Forgets the channel's job and tells the worker; true when the worker must restart to drop it. */
	#drop(channel: string): boolean {
		const old = this.#channels.get(channel);
		if (old === undefined) return false;
		this.#channels.delete(channel);
		const live = this.#live.get(old);
		this.#live.delete(old);
		if (!live) return false;
		if (live.heavy && !this.#local) return true;
		this.#worker?.postMessage({ type: 'cancel', id: old });
		return false;
	}

	#send(msg: Request): void {
		this.#ensure().postMessage(msg);
	}

	#ensure(): WorkerLike {
		if (this.#worker) return this.#worker;
		let w: WorkerLike;
		try {
			w = this.#local ? new LocalWorker() : this.#make();
		} catch {
			this.#local = true;
			w = new LocalWorker();
		}
		this.#heard = false;
		w.onmessage = (e) => {
			if (this.#worker !== w) return;
			this.#heard = true;
			this.#receive(e.data);
		};
		w.onerror = () => {
			if (this.#worker !== w) return;
			// A worker that never answered could not start (blocked, or no module workers): go local.
			if (!this.#heard) this.#local = true;
			this.#restart();
		};
		this.#worker = w;
		return w;
	}

	/** Replaces the worker and posts every live job again. */
	#restart(): void {
		this.restarts++;
		this.#worker?.terminate();
		this.#worker = null;
		for (const live of this.#live.values()) this.#send({ type: 'job', id: live.id, job: live.job });
		if (this.#live.size === 0) this.#ensure();
	}

	#receive(msg: Response): void {
		const live = this.#live.get(msg.id);
		if (!live) return; // a replaced or cancelled job: its answer is stale
		if (msg.type === 'progress') live.handlers.progress?.(msg.done, msg.total);
		else if (msg.type === 'error') {
			this.#forget(live);
			live.handlers.error?.(msg.message);
		} else {
			if (msg.final) this.#forget(live);
			live.handlers.update(msg.value, msg.final);
		}
	}

	#forget(live: Live): void {
		this.#live.delete(live.id);
		if (this.#channels.get(live.channel) === live.id) this.#channels.delete(live.channel);
	}
}
