// An attachment for prose: wide tables scroll sideways inside the page, so each gets a tab stop for keyboard users.
import type { Attachment } from 'svelte/attachments';

/** Gives every table in the node a tab stop; pass the content so it runs again when the page changes. */
export function scrollableTables(content: unknown): Attachment<HTMLElement> {
	return (node) => {
		if (!content) return;
		for (const table of node.querySelectorAll('table')) {
			if (!table.hasAttribute('tabindex')) table.setAttribute('tabindex', '0');
		}
	};
}
