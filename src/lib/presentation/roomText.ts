import * as m from '$lib/paraglide/messages.js';
import type { TextRefusal } from '$lib/domain/capture';
import { textRefusalText } from './captureText';

/** Why a phone's message was not stored, in words beside its field. */
export function roomRefusalText(refusal: { code: 'invalid'; refusal: TextRefusal } | { code: 'noQuestion' }): string {
	return refusal.code === 'noQuestion' ? m.room_no_question() : textRefusalText(refusal.refusal);
}
