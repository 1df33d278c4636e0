import type { SubmitFunction } from '@sveltejs/kit';
import { invalidateAll } from '$app/navigation';

export const statusId = 'grouping-status';

/**
 * Keeps what is on the page (the ticks, the chosen people) and, after a success, moves focus to
 * the message saying what happened, rather than to the top of the page as a full reload would.
 * A failure focuses the error summary itself. After a stale save the page loads again, as it
 * would without JavaScript, so it carries the new version while the ticks sent stay on screen.
 */
export const submitted: SubmitFunction = () => async ({ result, update }) => {
	await update({ reset: false });
	if (result.type === 'success') document.getElementById(statusId)?.focus();
	if (result.type === 'failure' && result.status === 409) await invalidateAll();
};
