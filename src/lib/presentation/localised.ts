import { getLocale } from '$lib/paraglide/runtime';
import type { Localised } from '$lib/content/localised';

/** A content text in the reader's language. */
export const localised = <T>(text: Localised<T>): T => text[getLocale()];
