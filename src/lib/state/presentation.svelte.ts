// Presentation mode and full screen: the switches a lecturer uses in front of a room (the mode itself is `view.present`, which travels in the link).
import { view } from './view.svelte';

class Presentation {
	/** Whether the page is in full screen (kept in step with the browser's Fullscreen API). */
	fullscreen: boolean = $state(false);
	/**
	 * Bumped each time the page's colour profile has been switched (the attribute on <html> set), so
	 * canvases that copy CSS colours (charts, the client map) redraw after, not before, the switch.
	 */
	profile: number = $state(0);
	/** A short message for the page when full screen is refused (e.g. inside a frame that forbids it). */
	notice: string = $state('');

	/** Presentation mode on or off. */
	toggle(): void {
		view.present = !view.present;
	}

	/** Enters or leaves full screen; a refusal becomes a visible notice, never an error. */
	async toggleFullscreen(): Promise<void> {
		if (typeof document === 'undefined') return;
		try {
			if (document.fullscreenElement) await document.exitFullscreen();
			else if (document.documentElement.requestFullscreen)
				await document.documentElement.requestFullscreen();
			else this.notice = 'Full screen is not available in this browser: try F11.';
		} catch {
			this.notice = 'The browser refused full screen here: try F11.';
		}
		this.sync();
	}

	/** Reads the browser's full-screen state (called on fullscreenchange). */
	sync(): void {
		this.fullscreen = typeof document !== 'undefined' && !!document.fullscreenElement;
		if (this.fullscreen) this.notice = '';
	}
}

/** The app's one presentation switchboard. */
export const presentation = new Presentation();
