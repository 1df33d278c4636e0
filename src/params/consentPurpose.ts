import type { ParamMatcher } from '@sveltejs/kit';
import { consentPurposes } from '$lib/domain/vocabularies';

/** A purpose of the consent register by its code; anything else is a 404. */
export const match = ((param): param is (typeof consentPurposes)[number] => (consentPurposes as readonly string[]).includes(param)) satisfies ParamMatcher;
