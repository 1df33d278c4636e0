import { redirect } from '@sveltejs/kit';
import * as m from '$lib/paraglide/messages.js';
import { parseForm, replyFor } from '$lib/server/forms';
import { found, requireActor, unlessNotFound } from '$lib/server/guard';
import { inviteMember, withdrawInvitation, type InvitationText } from '$lib/server/invitations';
import { linkMember, peopleToLink } from '$lib/server/members';
import { organisationOverview, saveOrganisationLogo, saveOrganisationSettings } from '$lib/server/organisation';
import { logoMaxBytes, logoMaxSide } from '$lib/domain/logo';
import { editSettingsSchema, inviteSchema, linkSchema, organisationConstraints, withdrawSchema } from './schema';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	const overview = found(await organisationOverview(locals.db, actor));
	const people = found(await peopleToLink(locals.db, actor));
	// "Invite as a member" on a person's page arrives here with that person chosen.
	const chosen = people.find((p) => p.id === url.searchParams.get('person')) ?? null;
	const memberNotice = url.searchParams.get('member');
	return {
		...overview,
		people,
		invitePerson: chosen?.id ?? null,
		saved: url.searchParams.has('saved'),
		memberChanged: memberNotice === 'changed',
		memberRemoved: memberNotice === 'removed',
		constraints: organisationConstraints
	};
};

/** Written in the inviter's language, the only one we know for the person invited. */
const invitationText = (): InvitationText => ({
	subject: m.invite_mail_subject(),
	body: (text) => m.invite_mail_body(text)
});

// Several forms share this page; each failure's `id` tells it which one to show the mistakes in.
export const actions: Actions = {
	settings: async ({ request, locals }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, editSettingsSchema, { id: 'settings' });
		if (!form.ok) return form.failure;
		const { version, organisationName, themeColour } = form.data;
		const saved = form.saved(unlessNotFound(await saveOrganisationSettings(locals.db, actor, version, { name: organisationName, themeColour })));
		// A fresh request, so the header shows the new name and colour straight away.
		if ('saved' in saved) redirect(303, '/organisation?saved=1');
		return saved;
	},
	logo: async ({ request, locals }) => {
		const actor = requireActor(locals);
		const form = await request.formData().catch(() => new FormData());
		const file = form.get('logo');
		const remove = form.get('remove') === '1';
		const bytes = remove ? null : file instanceof File ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
		const result = unlessNotFound(await saveOrganisationLogo(locals.db, actor, bytes));
		if (!result.ok) {
			const kilobytes = Math.round(logoMaxBytes / 1000);
			const message = {
				empty: m.organisation_logo_empty(),
				tooLarge: m.organisation_logo_too_large({ kilobytes }),
				notAnImage: m.organisation_logo_not_image(),
				tooManyPixels: m.organisation_logo_too_many_pixels({ max: logoMaxSide })
			}[result.code];
			return replyFor<{ logo: string }, 'logo'>('logo', {}).fail({ logo: message });
		}
		redirect(303, '/organisation?saved=1');
	},
	invite: async ({ request, locals }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, inviteSchema, { id: 'invite' });
		if (!form.ok) return form.failure;
		const result = unlessNotFound(await inviteMember(locals.db, actor, form.data, invitationText()));
		if (!result.ok) {
			const refused = {
				alreadyMember: { email: m.organisation_already_member() },
				unknownPerson: { personId: m.validation_unknown_item() },
				personTaken: { personId: m.organisation_person_taken() }
			};
			return form.fail(refused[result.code]);
		}
		return { invited: form.data.email, reinvited: result.value.reinvited };
	},
	link: async ({ request, locals }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, linkSchema, { id: 'link' });
		if (!form.ok) return form.failure;
		const result = unlessNotFound(await linkMember(locals.db, actor, { membershipId: form.data.member, personId: form.data.person }));
		if (!result.ok) {
			const message = result.code === 'personTaken' ? m.organisation_person_taken() : m.validation_unknown_item();
			return form.fail({ person: message });
		}
		return { linked: true };
	},
	withdraw: async ({ request, locals }) => {
		const actor = requireActor(locals);
		const form = await parseForm(request, withdrawSchema, { id: 'withdraw' });
		if (!form.ok) return form.failure;
		return { withdrawn: found(await withdrawInvitation(locals.db, actor, form.data.invitationId)).withdrawn };
	}
};
