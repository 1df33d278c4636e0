import type { SubmitFunction } from '@sveltejs/kit';

export const statusId = 'grouping-status';

/**
 * Keeps what is on the page (the ticks, the chosen people) and, after a success, moves focus to
 * the message saying what happened, rather than to the top of the page as a full reload would.
 * A failure focuses the error summary itself.
 */
export const submitted: SubmitFunction = () => async ({ result, update }) => {
	await update({ reset: false });
	if (result.type === 'success') document.getElementById(statusId)?.focus();
};
