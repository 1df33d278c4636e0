import * as m from '$lib/paraglide/messages.js';
import { limits } from '$lib/domain/limits';
import { photoRefusalText, textRefusalText } from '$lib/presentation/captureText';
import {
	addAgreement,
	addChangeWish,
	addHomework,
	addNote,
	addPhoto,
	addSignal,
	editAgreement,
	editHomework,
	editNote,
	editSignal,
	meetingRecord,
	removeAgreement,
	removeChangeWish,
	removeHomework,
	removeNote,
	removePhoto,
	removeSignal,
	type Refused
} from '$lib/server/capture';
import { constraintsOf, parseForm, replyFor } from '$lib/server/forms';
import type { FormErrors } from '$lib/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import {
	agreementEditSchema,
	agreementSchema,
	homeworkEditSchema,
	homeworkSchema,
	noteEditSchema,
	noteSchema,
	removePhotoSchema,
	removeSchema,
	signalEditSchema,
	signalSchema,
	wishSchema
} from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => ({
	...found(await meetingRecord(locals.db, requireActor(locals, url), { seriesId: params.id, meetingId: params.meetingId })),
	/** A fresh one per page load: a double-tapped "keep wish" sends it twice and is stored once. */
	submissionId: crypto.randomUUID(),
	constraints: {
		agreement: constraintsOf(agreementSchema),
		wish: constraintsOf(wishSchema),
		homework: constraintsOf(homeworkSchema),
		signal: constraintsOf(signalSchema),
		note: constraintsOf(noteSchema)
	}
});

/** A refusal in words, on the field the form calls the text by. */
const words =
	<F>(name: keyof F & string) =>
	(refused: Refused): FormErrors<F> => {
		const errors: Record<string, string> = {};
		if (refused.code === 'unknownAuthor') errors.author = m.capture_wish_unknown_author();
		else if (refused.code === 'visibilityNotAllowed') errors.visibility = m.capture_visibility_not_allowed();
		else if (refused.field === 'theme') errors.theme = textRefusalText(refused.refusal, limits.themeMax);
		else errors[name] = textRefusalText(refused.refusal);
		// The keys are the form's own: `name`, or a field the refusal names that this form has.
		return errors as FormErrors<F>;
	};
const gone = () => ({ form: m.capture_refused() });

type Event = Parameters<Actions[string]>[0];
const where = ({ params }: Event) => ({ seriesId: params.id, meetingId: params.meetingId });

/** Removing a row of any list: the same form, a different use-case. */
function removeAction(remove: typeof removeAgreement, id: 'agreementRemove' | 'wishRemove' | 'homeworkRemove' | 'signalRemove' | 'noteRemove'): Actions[string] {
	return async (event) => {
		const form = await parseForm(event.request, removeSchema, { id });
		if (!form.ok) return form.fail({ form: m.capture_refused() });
		const done = unlessNotFound(await remove(event.locals.db, requireActor(event.locals), { ...where(event), ...form.data }));
		return done.ok ? { done: 'removed' as const } : form.refused(done, gone);
	};
}

export const actions: Actions = {
	agreement: async (event) => {
		const form = await parseForm(event.request, agreementSchema, { id: 'agreement' });
		if (!form.ok) return form.failure;
		const done = unlessNotFound(await addAgreement(event.locals.db, requireActor(event.locals), { ...where(event), text: form.data.agreement }));
		return done.ok ? { done: 'added' as const } : form.refused(done, words('agreement'));
	},
	agreementEdit: async (event) => {
		const form = await parseForm(event.request, agreementEditSchema, { id: 'agreementEdit' });
		if (!form.ok) return form.failure;
		const done = unlessNotFound(await editAgreement(event.locals.db, requireActor(event.locals), { ...where(event), ...form.data }));
		return done.ok ? { done: 'saved' as const } : form.refused(done, words('text'));
	},
	agreementRemove: removeAction(removeAgreement, 'agreementRemove'),
	wish: async (event) => {
		const form = await parseForm(event.request, wishSchema, { id: 'wish' });
		if (!form.ok) return form.failure;
		const { wish, author, level, theme, submission } = form.data;
		const input = { ...where(event), text: wish, authorPersonId: author, level, theme, submissionId: submission };
		const done = unlessNotFound(await addChangeWish(event.locals.db, requireActor(event.locals), input));
		if (done.ok) return { done: done.value.duplicate ? ('duplicate' as const) : ('added' as const) };
		return form.refused(done, words('wish'));
	},
	wishRemove: removeAction(removeChangeWish, 'wishRemove'),
	homework: async (event) => {
		const form = await parseForm(event.request, homeworkSchema, { id: 'homework' });
		if (!form.ok) return form.failure;
		const done = unlessNotFound(await addHomework(event.locals.db, requireActor(event.locals), { ...where(event), text: form.data.homework }));
		return done.ok ? { done: 'added' as const } : form.refused(done, words('homework'));
	},
	homeworkEdit: async (event) => {
		const form = await parseForm(event.request, homeworkEditSchema, { id: 'homeworkEdit' });
		if (!form.ok) return form.failure;
		const done = unlessNotFound(await editHomework(event.locals.db, requireActor(event.locals), { ...where(event), ...form.data }));
		return done.ok ? { done: 'saved' as const } : form.refused(done, words('text'));
	},
	homeworkRemove: removeAction(removeHomework, 'homeworkRemove'),
	signal: async (event) => {
		const form = await parseForm(event.request, signalSchema, { id: 'signal' });
		if (!form.ok) return form.failure;
		const input = { ...where(event), kind: form.data.signalKind, text: form.data.signal };
		const done = unlessNotFound(await addSignal(event.locals.db, requireActor(event.locals), input));
		return done.ok ? { done: 'added' as const } : form.refused(done, words('signal'));
	},
	signalEdit: async (event) => {
		const form = await parseForm(event.request, signalEditSchema, { id: 'signalEdit' });
		if (!form.ok) return form.failure;
		const done = unlessNotFound(await editSignal(event.locals.db, requireActor(event.locals), { ...where(event), ...form.data }));
		return done.ok ? { done: 'saved' as const } : form.refused(done, words('text'));
	},
	signalRemove: removeAction(removeSignal, 'signalRemove'),
	note: async (event) => {
		const form = await parseForm(event.request, noteSchema, { id: 'note' });
		if (!form.ok) return form.failure;
		const done = unlessNotFound(await addNote(event.locals.db, requireActor(event.locals), { ...where(event), text: form.data.note, visibility: form.data.visibility }));
		if (done.ok) return { done: 'added' as const };
		return form.refused(done, words('note'));
	},
	noteEdit: async (event) => {
		const form = await parseForm(event.request, noteEditSchema, { id: 'noteEdit' });
		if (!form.ok) return form.failure;
		const done = unlessNotFound(await editNote(event.locals.db, requireActor(event.locals), { ...where(event), ...form.data }));
		if (done.ok) return { done: 'saved' as const };
		return form.refused(done, words('text'));
	},
	noteRemove: removeAction(removeNote, 'noteRemove'),
	photo: async (event) => {
		const actor = requireActor(event.locals);
		const reply = replyFor<{ photo: string }, 'photo'>('photo', {});
		let file: FormDataEntryValue | null = null;
		try {
			file = (await event.request.formData()).get('photo');
		} catch {
			return reply.fail({ photo: photoRefusalText('notImage') });
		}
		if (!(file instanceof File) || file.size === 0) return reply.fail({ photo: photoRefusalText('empty') });
		const done = unlessNotFound(await addPhoto(event.locals.db, actor, { ...where(event), bytes: new Uint8Array(await file.arrayBuffer()) }));
		if (done.ok) return { done: 'added' as const };
		return reply.fail({ photo: done.code === 'photo' ? photoRefusalText(done.refusal) : m.capture_refused() });
	},
	photoRemove: async (event) => {
		const form = await parseForm(event.request, removePhotoSchema, { id: 'photoRemove' });
		if (!form.ok) return form.fail({ form: m.capture_refused() });
		unlessNotFound(await removePhoto(event.locals.db, requireActor(event.locals), { ...where(event), id: form.data.id }));
		return { done: 'removed' as const };
	}
};
