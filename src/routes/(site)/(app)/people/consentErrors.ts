import * as m from '$lib/paraglide/messages.js';
import type { PersonDetails } from '$lib/domain/people';

/**
 * A message on each detail typed in without the consent it needs. On the new person's form the
 * consent is ticked below; on the edit form it is written down on the consent page first.
 */
export function consentMissingErrors(fields: readonly (keyof PersonDetails)[], form: 'new' | 'edit'): Partial<Record<keyof PersonDetails, string>> {
	const contact = form === 'new' ? m.consent_missing_contact_new() : m.consent_missing_contact_edit();
	const composition = form === 'new' ? m.consent_missing_composition_new() : m.consent_missing_composition_edit();
	const errors: Partial<Record<keyof PersonDetails, string>> = {};
	for (const key of fields) {
		if (key === 'email' || key === 'phone') errors[key] = contact;
		else if (key === 'livedExperience' || key === 'experienceExpert') errors[key] = composition;
	}
	return errors;
}
