// The broker's book at month 0: the starting clients made as agents, placed in the client book and logged.
import {
	STATE,
	S_GAP,
	S_GROWS,
	S_JOINED,
	S_LEVEL,
	S_PRODUCTS,
	S_TRUST_FROM,
	S_VALUE,
	type ClientBook
} from './book';
import { seedClient } from './clients';
import { EVENT, type EventLog } from './history';
import { ORIGIN, STAGE, type Population } from './population';
import type { Rates } from './rates';
import { clientKey } from './rng';

/**
 * Makes the `n` starting clients, with mixed levels, products and tenure: each one's agent record in `pop`,
 * its working state in `current` (limits and ledger are the model's to set), and its history in `log`.
 * Returns the longest tenure among them, months.
 */
export function seedBook(
	pop: Population,
	current: ClientBook,
	log: EventLog | null,
	r: Rates,
	n: number
): number {
	let longest = 0;
	for (let c = 0; c < n; c++) {
		const i = pop.add();
		const key = clientKey(r.runKey, ORIGIN.initial, c);
		pop.key[i] = key;
		pop.origin[i] = ORIGIN.initial;
		pop.stage[i] = STAGE.current;
		const k = current.push(i, key);
		const st = current.state;
		const o = k * STATE;
		seedClient(st, o, r, key);
		// Trust as it stands at the start of month 1: growing where the client is above transactional and satisfied.
		st[o + S_TRUST_FROM] = 1;
		st[o + S_GROWS] = st[o + S_LEVEL] > 0 && st[o + S_GAP] >= 0 ? 1 : 0;
		const level = st[o + S_LEVEL];
		const products = st[o + S_PRODUCTS];
		const joined = st[o + S_JOINED];
		pop.level[i] = level;
		pop.products[i] = products;
		pop.joined[i] = joined;
		pop.targeted[i] = joined;
		pop.value[i] = st[o + S_VALUE];
		if (-joined > longest) longest = -joined;
		if (log) {
			log.add(i, joined, EVENT.joined, ORIGIN.initial);
			if (level > 0) log.add(i, 0, EVENT.level, level);
			if (products > 1) log.add(i, 0, EVENT.product, products);
		}
	}
	return longest;
}
