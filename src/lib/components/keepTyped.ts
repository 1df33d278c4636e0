/**
 * Keeps what a person typed before the page's script had loaded (issue #8).
 *
 * Every page arrives as HTML first; on an old phone on slow wifi a person may fill in a form well
 * before the script has loaded. When it loads, Svelte takes over (hydrates) that HTML and writes
 * every control from the components' state, which still holds what the server rendered: the typing
 * would be wiped. So a control starts its state from what the control on the page shows. Only the
 * first page of a visit is read this way: after that the script draws every control itself, and
 * a page being left must never hand its values to the next one.
 */

import { untrack } from 'svelte';

let takenOver = false;

/** Called by the root layout once the server's page has been taken over. */
export function pageTakenOver(): void {
	takenOver = true;
}

/** The control `id` as the server rendered it; null on the server itself and once the page runs. */
function serverRendered(id: string): HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null {
	if (takenOver || typeof document === 'undefined') return null;
	const element = document.getElementById(id);
	return element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement
		? element
		: null;
}

/** What the server-rendered text box, text area or select `id` holds now. */
export function typedValue(id: string): string | undefined {
	return serverRendered(id)?.value;
}

/** Whether the server-rendered checkbox or radio button `id` is ticked now. */
export function typedChecked(id: string): boolean | undefined {
	const control = serverRendered(id);
	return control && 'checked' in control ? control.checked : undefined;
}

/**
 * Whether the server-rendered `<details>` `id` was opened (a tap on its summary needs no script):
 * an edit form opened and filled in before the script loaded must not close when it does.
 */
export function typedOpen(id: string): boolean | undefined {
	if (takenOver || typeof document === 'undefined') return undefined;
	const element = document.getElementById(id);
	return element instanceof HTMLDetailsElement ? element.open : undefined;
}

/**
 * The value of the chosen one of the server-rendered radio buttons `ids`; undefined when none is
 * chosen, as a choice cannot be taken back.
 */
export function typedChoice(ids: string[]): string | undefined {
	for (const id of ids) {
		const control = serverRendered(id);
		if (control && 'checked' in control && control.checked) return control.value;
	}
	return undefined;
}

/**
 * For a component's start: when `read` finds typing on the server's page, `keep` puts it in the
 * component's state (and so in any bound or derived state of its page) before Svelte writes the control.
 */
export function keepTyped<T>(read: () => T | undefined, keep: (typed: T) => void): void {
	untrack(() => {
		const typed = read();
		if (typed !== undefined) keep(typed);
	});
}
