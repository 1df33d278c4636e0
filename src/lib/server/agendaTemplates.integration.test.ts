import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../tests/support/app';
import { seedOrganisation, type SeededOrganisation } from '../../../tests/support/factories';
import { actorsOf, openTestDatabase } from '../../../tests/support/inProcess';
import { meetingTemplates } from '../content/meetingTemplates';
import type { MemberRole } from '../domain/vocabularies';
import { meetingAgenda, saveAgendaAsTemplate, saveAgendaPart } from './agenda';
import { ownAgendaTemplate, ownAgendaTemplates, removeOwnAgendaTemplate } from './agendaTemplates';
import type { Actor } from './auth/policies';
import type { Db } from './db';
import { agendaTemplate, event } from './db/schema';
import { readVersionToken } from './versioning';

describe.each(databaseKinds)('own agenda templates in process on %s', (kind) => {
	let db: Db;
	let close: () => Promise<void>;
	let seeded = 0;
	let org: SeededOrganisation;
	let actors: Record<MemberRole, Actor>;

	beforeAll(async () => {
		({ db, close } = await openTestDatabase(kind));
	});
	afterAll(() => close?.());
	beforeEach(async () => {
		org = await seedOrganisation(db, `T${++seeded}`);
		actors = await actorsOf(db, org);
	});

	/** Meeting 1's agenda with its first part renamed, kept as the organisation's template `name`. */
	const keep = async (name: string, firstTitle = 'Onze ontvangst', actor: Actor = actors.facilitator) => {
		const page = await meetingAgenda(db, actor, org.seriesId, org.meetingId, 'nl');
		if (!page.ok) throw new Error('no agenda');
		const first = page.value.parts[0]!;
		const input = { ...first, title: firstTitle, yields: first.yields.join('\n'), notes: first.notes.join('\n') };
		await saveAgendaPart(db, actor, org.seriesId, org.meetingId, first.id, readVersionToken(first.version)!, input, 'nl');
		expect(await saveAgendaAsTemplate(db, actor, org.seriesId, org.meetingId, name)).toMatchObject({ ok: true });
		const list = await ownAgendaTemplates(db, actor, 'nl');
		if (!list.ok) throw new Error('no list');
		return list.value.find((t) => t.name === name)!;
	};
	const stored = () => db.select().from(agendaTemplate).where(eq(agendaTemplate.organisationId, org.organisationId));

	it('lists the organisation’s templates: the meeting each is for, its parts with minutes, who kept it and when', async () => {
		const kept = await keep('Onze eerste');
		const standard = meetingTemplates.ontmoeting1;
		expect(kept).toMatchObject({
			name: 'Onze eerste',
			basedOn: standard.title.nl,
			use: { kind: 'ontmoetingen', meeting: 1 },
			savedBy: actors.facilitator.name,
			total: standard.minutes
		});
		expect(kept.savedAt).toBeInstanceOf(Date);
		expect(kept.parts.map((p) => p.title)).toEqual(['Onze ontvangst', ...standard.parts.slice(1).map((p) => p.title.nl)]);
		expect(kept.parts.map((p) => p.minutes)).toEqual(standard.parts.map((p) => p.minutes));
		// The same template in English follows the built-in texts where the group kept them.
		const inEnglish = await ownAgendaTemplate(db, actors.coordinator, kept.id, 'en');
		expect(inEnglish.ok && inEnglish.value.parts[1]!.title).toBe(standard.parts[1]!.title.en);
	});

	it('removes a template as it was shown, records it, and a second removal of the same version finds it done', async () => {
		const kept = await keep('Weg ermee');
		const based = readVersionToken(kept.version)!;
		const [first, second] = await Promise.all([
			removeOwnAgendaTemplate(db, actors.coordinator, kept.id, based),
			removeOwnAgendaTemplate(db, actors.facilitator, kept.id, based)
		]);
		expect([first, second]).toEqual([
			{ ok: true, value: {} },
			{ ok: true, value: {} }
		]);
		expect(await stored()).toEqual([]);
		const removed = await db.select().from(event).where(and(eq(event.organisationId, org.organisationId), eq(event.type, 'agenda.templateRemoved')));
		expect(removed.map((e) => [e.subject, e.payload])).toEqual([[kept.id, { parts: kept.parts.length }]]);
		expect(await ownAgendaTemplate(db, actors.coordinator, kept.id, 'nl')).toEqual({ ok: false, code: 'notFound' });
	});

	it('refuses to remove a template kept again since it was shown, and says what changed', async () => {
		const shown = await keep('Eerste versie');
		const again = await keep('Tweede versie', 'Nog een andere ontvangst', actors.coordinator);
		expect(again.id).toBe(shown.id);
		expect(await removeOwnAgendaTemplate(db, actors.facilitator, shown.id, readVersionToken(shown.version)!)).toEqual({
			ok: false,
			code: 'stale',
			changed: ['name', 'parts']
		});
		expect((await stored()).map((t) => t.name)).toEqual(['Tweede versie']);
		expect(await removeOwnAgendaTemplate(db, actors.facilitator, shown.id, readVersionToken(again.version)!)).toEqual({ ok: true, value: {} });
	});

	it('answers notFound to another organisation’s template, for reading and removing, and keeps it', async () => {
		const kept = await keep('Van ons');
		const other = await actorsOf(db, await seedOrganisation(db, `U${seeded}`));
		expect(await ownAgendaTemplates(db, other.coordinator, 'nl')).toEqual({ ok: true, value: [] });
		expect(await ownAgendaTemplate(db, other.coordinator, kept.id, 'nl')).toEqual({ ok: false, code: 'notFound' });
		expect(await removeOwnAgendaTemplate(db, other.coordinator, kept.id, readVersionToken(kept.version)!)).toEqual({ ok: false, code: 'notFound' });
		expect(await stored()).toHaveLength(1);
	});

	it('refuses a stakeholder the list, a template and its removal', async () => {
		const kept = await keep('Niet voor betrokkenen');
		expect(await ownAgendaTemplates(db, actors.stakeholder, 'nl')).toEqual({ ok: false, code: 'notFound' });
		expect(await ownAgendaTemplate(db, actors.stakeholder, kept.id, 'nl')).toEqual({ ok: false, code: 'notFound' });
		expect(await removeOwnAgendaTemplate(db, actors.stakeholder, kept.id, readVersionToken(kept.version)!)).toEqual({ ok: false, code: 'notFound' });
		expect(await stored()).toHaveLength(1);
	});
});
