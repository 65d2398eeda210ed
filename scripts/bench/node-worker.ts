// Starts the page's simulation worker in a Node worker thread: src/lib/worker/node.ts bundled with esbuild (as Vite bundles the browser's).
import { Worker } from 'node:worker_threads';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { WorkerLike } from '../../src/lib/worker/client';
import type { Request, Response } from '../../src/lib/worker/protocol';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let bundled: string | null = null;

/** Bundles the worker entry once per process and returns the file's path. */
async function bundle(): Promise<string> {
	if (bundled) return bundled;
	const out = await build({
		entryPoints: [join(ROOT, 'src/lib/worker/node.ts')],
		bundle: true,
		format: 'esm',
		platform: 'node',
		target: 'node20',
		write: false,
		alias: { $lib: join(ROOT, 'src/lib') },
		logLevel: 'silent'
	});
	const dir = mkdtempSync(join(tmpdir(), 'retention-worker-'));
	const file = join(dir, 'sim.worker.mjs');
	writeFileSync(file, out.outputFiles[0].text);
	bundled = file;
	return file;
}

/** A Node worker thread running the page's worker code, shaped like a Web Worker for SimClient. */
export class NodeSimWorker implements WorkerLike {
	onmessage: ((event: { data: Response }) => void) | null = null;
	onerror: ((event: unknown) => void) | null = null;
	readonly thread: Worker;
	constructor(file: string) {
		this.thread = new Worker(file);
		this.thread.on('message', (data: Response) => this.onmessage?.({ data }));
		this.thread.on('error', (err) => this.onerror?.(err));
	}
	postMessage(message: Request, transfer: Transferable[] = []): void {
		this.thread.postMessage(message, transfer as unknown as ArrayBuffer[]);
	}
	terminate(): void {
		void this.thread.terminate();
	}
}

/** A factory for SimClient that starts Node worker threads (bundling the worker first). */
export async function nodeWorkerFactory(): Promise<() => NodeSimWorker> {
	const file = await bundle();
	return () => new NodeSimWorker(file);
}
