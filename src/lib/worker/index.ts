// The page's one simulation worker client (browser only): every state that runs the engine in the background shares it.
import { browser } from '$app/environment';
import { SimClient, type WorkerLike } from './client';

let client: SimClient | null = null;

/** The shared client, started on first use; null during prerendering, where no worker exists. */
export function simClient(): SimClient | null {
	if (!browser) return null;
	client ??= new SimClient(
		() =>
			new Worker(new URL('./sim.worker.ts', import.meta.url), {
				type: 'module'
			}) as unknown as WorkerLike
	);
	return client;
}

export { SimClient, type WorkerLike } from './client';
