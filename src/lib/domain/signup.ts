/*
 * The public sign-up for a series (issue #12 item 7): the rules it follows, without I/O. A sign-up
 * is not yet a person: it waits for the coordinator, who accepts it into the group or declines it.
 */

/** A form sent back sooner than this after it was shown was not filled in by a person. */
export const minFillSeconds = 3;

/** A form older than this is shown again to be sent once more (its signed time is too old to trust). */
export const maxFormAgeHours = 24;

/** A sign-up nobody accepted is removed this many days after it came in (the retention job). */
export const signupRetentionDays = 60;

export type FillCheck = 'ok' | 'tooFast' | 'expired';

/** Whether a form shown at `shownAt` and sent at `now` looks filled in by a person. */
export function fillCheck(shownAt: Date, now: Date): FillCheck {
	const seconds = (now.getTime() - shownAt.getTime()) / 1000;
	if (seconds < minFillSeconds) return 'tooFast';
	if (seconds > maxFormAgeHours * 3600) return 'expired';
	return 'ok';
}

/** The moment before which unaccepted sign-ups are removed. */
export const signupsKeptSince = (now: Date) => new Date(now.getTime() - signupRetentionDays * 86_400_000);

/** An e-mail address compared without case or surrounding spaces. */
export const emailKey = (email: string | null) => (email ? email.trim().toLowerCase() || null : null);

/**
 * A phone number compared by its digits only, so "06-1234 5678" and "0612345678" are one number;
 * a leading +31 counts as the 0 it stands for.
 */
export function phoneKey(phone: string | null): string | null {
	if (!phone) return null;
	const digits = phone.trim().replace(/^\+31/, '0').replace(/^0031/, '0').replace(/\D/g, '');
	return digits || null;
}

/** A sign-up needs a way to reach the person: an e-mail address or a phone number. */
export const reachable = (s: { email: string | null; phone: string | null }) => Boolean(emailKey(s.email) || phoneKey(s.phone));
