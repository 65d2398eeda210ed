// The same worker for Node's worker_threads (the bench and the tests): the page's runner, wired to parentPort.
import { parentPort } from 'node:worker_threads';
import { JobRunner } from './runner';
import type { Request } from './protocol';

if (parentPort) {
	const port = parentPort;
	const runner = new JobRunner((message, transfer) =>
		port.postMessage(message, transfer as unknown as ArrayBuffer[])
	);
	port.on('message', (message: Request) => runner.handle(message));
}
