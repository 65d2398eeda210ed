// The simulation Web Worker: runs the engine off the page's main thread, one job unit at a time (see runner.ts).
import { JobRunner } from './runner';
import type { Request, Response } from './protocol';

/** The worker's global scope, typed by hand (the project's TypeScript library is the DOM's, not the worker's). */
const scope = self as unknown as {
	postMessage(message: Response, transfer: Transferable[]): void;
	onmessage: ((event: MessageEvent<Request>) => void) | null;
};

const runner = new JobRunner((message, transfer) => scope.postMessage(message, transfer));
scope.onmessage = (event) => runner.handle(event.data);
