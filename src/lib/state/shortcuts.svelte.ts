// The keyboard shortcut registry: every feature registers its keys here; one global keydown listener runs them and the help overlay lists them.

/** One keyboard shortcut. `keys` are KeyboardEvent.key values (e.g. ' ', 'k', 'PageDown', '?', 'ArrowRight'). */
export interface Shortcut {
	keys: string[];
	label: string;
	/** Heading the help overlay lists it under (e.g. 'Playback', 'Scenario', 'View'). */
	group?: string;
	run: () => void;
}

class ShortcutRegistry {
	/** Registered shortcuts, in registration order (reactive: the help overlay reads it). */
	list: Shortcut[] = $state([]);
	/** Whether the help overlay is open. */
	helpOpen: boolean = $state(false);

	register(s: Shortcut): () => void {
		this.list.push(s);
		return () => {
			const i = this.list.findIndex((x) => x.run === s.run && x.label === s.label);
			if (i >= 0) this.list.splice(i, 1);
		};
	}

	/** The most recently registered shortcut bound to `key` (so a page can override a layout default). */
	find(key: string): Shortcut | undefined {
		const k = key.length === 1 ? key.toLowerCase() : key;
		for (let i = this.list.length - 1; i >= 0; i--) {
			const s = this.list[i];
			if (s.keys.some((x) => (x.length === 1 ? x.toLowerCase() : x) === k)) return s;
		}
		return undefined;
	}
}

/** The app's one shortcut registry. */
export const shortcuts = new ShortcutRegistry();

/** Register a shortcut; returns a function that unregisters it (call it from an $effect cleanup or onDestroy). */
export function registerShortcut(s: Shortcut): () => void {
	return shortcuts.register(s);
}

const TEXT_INPUT_TYPES = new Set([
	'text',
	'search',
	'email',
	'url',
	'tel',
	'password',
	'number',
	'date',
	'month',
	'week',
	'time',
	'datetime-local'
]);

/**
 * Whether a keydown on this target must be left alone: typing into text fields, and the keys a
 * focused control uses itself (arrow/Home/End/Page keys on range sliders, Space/Enter on buttons,
 * arrows on selects and radio groups).
 */
export function keyBelongsToTarget(target: EventTarget | null, key: string): boolean {
	if (!(target instanceof HTMLElement)) return false;
	if (target.isContentEditable) return true;
	const tag = target.tagName;
	if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
	const nav = key.startsWith('Arrow') || key === 'Home' || key === 'End';
	if (tag === 'INPUT') {
		const type = (target as HTMLInputElement).type;
		if (type === 'range') return nav || key === 'PageUp' || key === 'PageDown';
		if (type === 'checkbox' || type === 'radio') return key === ' ' || nav;
		if (TEXT_INPUT_TYPES.has(type)) return true;
		return key === ' ' || key === 'Enter';
	}
	if (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY') return key === ' ' || key === 'Enter';
	const role = target.getAttribute('role');
	if (role === 'slider' || role === 'tab' || role === 'listbox' || role === 'radio') return nav;
	// Widgets that handle their own arrow keys (e.g. the agent view canvas) opt out with data-own-keys.
	if (target.closest('[data-own-keys]')) return nav || key === 'Enter' || key === ' ';
	return false;
}

/**
 * The one global keydown handler (installed by <ShortcutListener/>). Ignores modified keys
 * (Ctrl/Alt/Meta) so browser shortcuts keep working, and keys that belong to the focused control.
 */
export function handleShortcutKey(e: KeyboardEvent): void {
	if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return;
	if (keyBelongsToTarget(e.target, e.key)) return;
	const s = shortcuts.find(e.key);
	if (!s) return;
	// While the help overlay is open only "?" (close it) works; Esc is the dialog's own.
	if (shortcuts.helpOpen && !s.keys.includes('?')) return;
	e.preventDefault();
	s.run();
}
