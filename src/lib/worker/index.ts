// The page's one simulation worker client (browser only): every state that runs the engine in the background shares it.
import { browser } from '$app/environment';
import { SimClient, type WorkerLike } from './client';

let client: SimClient | null = null;
let background: SimClient | null = null;

/** Starts a Web Worker running sim.worker.ts (Vite bundles it; the page loads it from _app/immutable/workers/). */
function startWorker(): WorkerLike {
	return new Worker(new URL('./sim.worker.ts', import.meta.url), {
		type: 'module'
	}) as unknown as WorkerLike;
}

/** The client for a slider's answers (the first seed's run); null during prerendering, where no worker exists. */
export function simClient(): SimClient | null {
	if (!browser) return null;
	client ??= new SimClient(startWorker);
	return client;
}

/**
 * The client for background work (bands over seeds, sweeps, sensitivity): a second worker, so a slider's
 * answer never waits behind a background run.
 */
export function backgroundClient(): SimClient | null {
	if (!browser) return null;
	background ??= new SimClient(startWorker);
	return background;
}

export { SimClient, type WorkerLike } from './client';
