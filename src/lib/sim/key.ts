// A parameter set's stable text key: how the page, the worker and their caches tell two settings apart.
import type { Params } from './schema';

/** A stable text key of a parameter set (every key, in name order). */
export function paramsKey(p: Params): string {
	return Object.keys(p)
		.sort()
		.map((k) => `${k}=${p[k as keyof Params]}`)
		.join('&');
}
