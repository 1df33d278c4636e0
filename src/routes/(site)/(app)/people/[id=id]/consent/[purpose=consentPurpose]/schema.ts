import { z } from 'zod';
import * as m from '$lib/paraglide/messages.js';
import { memberConsentMethods } from '$lib/domain/vocabularies';
import { constraintsOf } from '$lib/server/forms';

/**
 * Writing down a consent, or its withdrawal: only how the person said it. Not versioned: both
 * are idempotent (a second click, or a colleague's at the same time, changes nothing more).
 */
export const consentHowSchema = z.object({
	how: z.enum(memberConsentMethods, { error: () => m.consent_how_required() })
});

export const consentHowConstraints = constraintsOf(consentHowSchema);
