import * as m from '$lib/paraglide/messages.js';
import type { TextRefusal } from '$lib/domain/capture';
import { limits } from '$lib/domain/limits';

/** A capture's refused text in words; `max` is the limit of the field it was typed in. */
export const textRefusalText = (refusal: TextRefusal, max: number = limits.textMax): string =>
	({ empty: m.validation_required(), tooLong: m.validation_too_long({ max }), noLetterOrDigit: m.capture_text_needs_words() })[refusal];

export type PhotoRefusal = 'empty' | 'tooBig' | 'notImage';

export const photoRefusalText = (refusal: PhotoRefusal): string =>
	({
		empty: m.capture_photo_refusal_empty(),
		tooBig: m.capture_photo_refusal_tooBig(),
		notImage: m.capture_photo_refusal_notImage()
	})[refusal];
