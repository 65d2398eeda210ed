// The worker's scheduler: takes jobs and cancellations, runs one unit of the most urgent job at a time, posts updates.
import { RunCache, startJob, type Step } from './jobs';
import { PRIORITY, type JobKind, type Request, type Response } from './protocol';

/** Sends a message to the page, transferring the listed buffers. */
export type Post = (message: Response, transfer: Transferable[]) => void;

/** Queues a callback as a new task, so messages that arrived meanwhile (cancellations) are handled first. */
export type Defer = (fn: () => void) => void;

interface Active {
	id: number;
	kind: JobKind;
	priority: number;
	gen: Generator<Step, void, void>;
}

/** Work done in one task before yielding to incoming messages, ms (a unit is never split). */
const SLICE_MS = 8;

/** The default way to yield: setImmediate in Node, a MessageChannel message in browsers, else setTimeout. */
export function defaultDefer(): Defer {
	const g = globalThis as { setImmediate?: (fn: () => void) => unknown };
	if (typeof g.setImmediate === 'function') return (fn) => void g.setImmediate!(fn);
	if (typeof MessageChannel !== 'undefined') {
		const channel = new MessageChannel();
		const queue: (() => void)[] = [];
		channel.port1.onmessage = () => queue.shift()?.();
		return (fn) => {
			queue.push(fn);
			channel.port2.postMessage(null);
		};
	}
	return (fn) => void setTimeout(fn, 0);
}

export class JobRunner {
	readonly #jobs = new Map<number, Active>();
	readonly #post: Post;
	readonly #defer: Defer;
	readonly #cache = new RunCache();
	#scheduled = false;

	constructor(post: Post, defer: Defer = defaultDefer()) {
		this.#post = post;
		this.#defer = defer;
	}

	/** Number of jobs not yet finished or cancelled. */
	get pending(): number {
		return this.#jobs.size;
	}

	/** Handles one message from the page. */
	handle(msg: Request): void {
		if (msg.type === 'cancel') {
			this.#jobs.delete(msg.id);
			return;
		}
		const id = msg.id;
		const progress = (done: number, total: number) =>
			this.#post({ type: 'progress', id, done, total }, []);
		const gen = startJob(msg.job, { progress, cache: this.#cache });
		this.#jobs.set(id, { id, kind: msg.job.kind, priority: PRIORITY[msg.job.kind], gen });
		this.#schedule();
	}

	#schedule(): void {
		if (this.#scheduled || this.#jobs.size === 0) return;
		this.#scheduled = true;
		this.#defer(() => {
			this.#scheduled = false;
			this.#tick();
		});
	}

	/** The most urgent job: lowest priority number, then the newest. */
	#next(): Active | undefined {
		let best: Active | undefined;
		for (const a of this.#jobs.values())
			if (!best || a.priority < best.priority || (a.priority === best.priority && a.id > best.id))
				best = a;
		return best;
	}

	#tick(): void {
		const start = performance.now();
		do {
			const a = this.#next();
			if (!a) break;
			this.#unit(a);
		} while (performance.now() - start < SLICE_MS);
		this.#schedule();
	}

	/** Runs one unit of job a and posts what it produced. */
	#unit(a: Active): void {
		let r: IteratorResult<Step, void>;
		try {
			r = a.gen.next();
		} catch (err) {
			this.#jobs.delete(a.id);
			const message = err instanceof Error ? err.message : String(err);
			this.#post({ type: 'error', id: a.id, message }, []);
			return;
		}
		if (r.done) {
			this.#jobs.delete(a.id);
			return;
		}
		const step = r.value;
		if (!step) return;
		if (step.final) this.#jobs.delete(a.id);
		this.#post(
			{ type: 'update', id: a.id, kind: a.kind, value: step.value, final: step.final },
			step.transfer ?? []
		);
	}
}
