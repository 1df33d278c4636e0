import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../tests/support/app';
import { seedOrganisation, type SeededOrganisation } from '../../../tests/support/factories';
import { actorsOf, openTestDatabase } from '../../../tests/support/inProcess';
import { fixtureServices, seedSocialMap } from '../../../tests/support/socialMapFixture';
import { toInstant } from '../domain/schedule';
import type { MemberRole } from '../domain/vocabularies';
import type { Actor } from './auth/policies';
import type { Db } from './db';
import { job, mapService, outbox } from './db/schema';
import {
	changeMapPartner,
	createService,
	ensureStaleReminderScheduled,
	mapPartnerFor,
	handoverReminderJob,
	mapServiceFor,
	myHandovers,
	noteHandoverOutcome,
	recordHandover,
	remindStaleEntries,
	runHandoverReminderJob,
	searchMap,
	staleReminderJob,
	staleServices,
	verifyMapService,
	type MapSearch,
	type NewServiceInput
} from './socialMap';
import { readVersionToken } from './versioning';

const noFilters: Omit<MapSearch, 'q'> = { theme: null, age: null, neighbourhood: null, language: null, free: false, openNow: false };

/**
 * Dutch searches and the service that must come first. Prefixes find compounds the stemmer keeps
 * whole ("schulden" → "schuldhulpverlening"), accents and case do not matter, and a typo still
 * finds through the trigram fallback.
 */
const rankings: [query: string, first: string][] = [
	['schulden', 'Schuldhulpverlening'],
	['schuld', 'Schuldhulpverlening'],
	['schuldhulp', 'Schuldhulpverlening'],
	['aanmaning', 'Schuldhulpverlening'],
	['budget', 'Budgetcoaching'],
	['huishoudboekje', 'Budgetcoaching'],
	['voedselbank', 'Voedselbank'],
	['voedselpakket', 'Voedselbank'],
	['boodschappen', 'Voedselbank'],
	['winterjas', 'Kledingbank'],
	['kleding', 'Kledingbank'],
	['jeugdfonds', 'Jeugdfonds Sport & Cultuur'],
	['contributie voetbal', 'Jeugdfonds Sport & Cultuur'],
	['zwemles', 'Zwemles voor nieuwkomers'],
	['zwemdiploma', 'Zwemles voor nieuwkomers'],
	['opvoeding', 'Opvoedspreekuur'],
	['huisbaas', 'Huurteam'],
	['huur', 'Huurteam'],
	['huurverhoging', 'Huurteam'],
	['toeslagen', 'Sociaal raadslieden'],
	['bezwaar', 'Sociaal raadslieden'],
	['nederlands leren', 'Taalcafé'],
	['taal', 'Taalcafé'],
	['cafe', 'Taalcafé'],
	['CAFÉ', 'Taalcafé'],
	['bijles', 'Huiswerkbegeleiding'],
	['huiswerk', 'Huiswerkbegeleiding'],
	['koffie', 'Buurthuis De Ontmoeting'],
	['energierekening', 'Energiecoach'],
	['verjaardag', 'Verjaardagsbox'],
	['fiets', 'Fietsbank'],
	['laptop', 'Laptop voor scholieren'],
	['sollicitatie', 'Werkcoach'],
	['baby', 'Ouder-kindgroep'],
	['ontslag', 'Juridisch loket'],
	['meubels', 'Kringloopwinkel'],
	['mantelzorg', 'Mantelzorgsteunpunt'],
	['AOW', 'Ouderenadviseur'],
	['statushouder', 'Spreekuur nieuwkomers'],
	// Typos: nothing matches as words, so the trigram fallback answers.
	['jeugdfnds', 'Jeugdfonds Sport & Cultuur'],
	['voedselbnak', 'Voedselbank'],
	['schuldhulpverleneng', 'Schuldhulpverlening'],
	['mantelzrog', 'Mantelzorgsteunpunt']
];

/** Monday 7 December 2026, 10:00 in Amsterdam. */
const mondayMorning = toInstant('2026-12-07', '10:00');

describe.each(databaseKinds)('social map on %s', (kind) => {
	let db: Db;
	let close: () => Promise<void>;
	let org: SeededOrganisation;
	let other: SeededOrganisation;
	let actors: Record<MemberRole, Actor>;
	let otherActors: Record<MemberRole, Actor>;
	let ids: Map<string, string>;

	beforeAll(async () => {
		({ db, close } = await openTestDatabase(kind));
		org = await seedOrganisation(db, 'K');
		other = await seedOrganisation(db, 'L');
		actors = await actorsOf(db, org);
		otherActors = await actorsOf(db, other);
		ids = await seedSocialMap(db, actors.coordinator);
	}, 60_000);
	afterAll(() => close?.());

	const search = async (q: string, filters: Partial<MapSearch> = {}, actor: Actor = actors.facilitator, now = mondayMorning) => {
		const result = await searchMap(db, actor, { ...noFilters, q, ...filters }, now);
		if (!result.ok) throw new Error(result.code);
		return result.value;
	};

	it.each(rankings)('"%s" finds %s first', async (query, first) => {
		const found = await search(query);
		expect(found.hits[0]?.name, `${query}: ${found.hits.map((h) => h.name).join(', ')}`).toBe(first);
	});

	it('knows at least thirty Dutch searches', () => {
		expect(rankings.length).toBeGreaterThanOrEqual(30);
	});

	it('falls back on trigrams only when the words find nothing', async () => {
		expect((await search('schulden')).mode).toBe('fullText');
		expect((await search('huur')).mode).toBe('fullText');
		expect((await search('taal')).mode).toBe('fullText');
		expect((await search('jeugdfnds')).mode).toBe('fuzzy');
	});

	it('marks the matched words in the excerpt, as markers, never as HTML', async () => {
		const found = await search('levensmiddelen');
		expect(found.hits[0]!.excerpt).toContain('\u0002levensmiddelen\u0003');
		expect(found.hits[0]!.excerpt).not.toContain('<b>');
	});

	it.each([
		['quotes', '"schulden'],
		['operators', 'schuld & | ! :* ( ) <-> \\'],
		['emoji', '💸💸 🍞'],
		['SQL', "'; drop table map_service; --"],
		['a NUL character', 'schuld\u0000en'],
		['ten thousand characters', 'schulden '.repeat(1200)],
		['only punctuation', '!!! ??? :*:*']
	])('answers a search with %s without an error', async (_what, q) => {
		const found = await search(q);
		expect(Array.isArray(found.hits)).toBe(true);
		// And the table is still there.
		expect((await db.select({ id: mapService.id }).from(mapService)).length).toBeGreaterThan(0);
	});

	it('filters by theme, age, neighbourhood, language and cost', async () => {
		const children = await search('', { theme: 'children' });
		expect(children.hits.map((h) => h.name)).toContain('Verjaardagsbox');
		expect(children.hits.every((h) => h.themes.includes('children'))).toBe(true);
		const young = await search('', { age: 'children' });
		expect(young.hits.map((h) => h.name)).not.toContain('Ouderenadviseur');
		expect(young.hits.map((h) => h.name)).toContain('Ouder-kindgroep');
		const dieze = await search('', { neighbourhood: 'dieze' });
		expect(dieze.hits.map((h) => h.name).sort()).toEqual(['Kledingbank', 'Voedselbank']);
		const arabic = await search('', { language: 'ar' });
		expect(arabic.hits.map((h) => h.name)).toEqual(['Spreekuur nieuwkomers']);
		const free = await search('', { free: true });
		expect(free.hits.map((h) => h.name)).not.toContain('Kringloopwinkel');
		expect(free.hits.length).toBe(fixtureServices.filter((s) => s.free).length);
		const freeDebt = await search('schulden', { free: true, theme: 'debt' });
		expect(freeDebt.hits[0]!.name).toBe('Schuldhulpverlening');
	});

	it('shows what is open now in Amsterdam', async () => {
		const open = await search('', { openNow: true });
		expect(open.hits.map((h) => h.name).sort()).toEqual(['Buurthuis De Ontmoeting', 'Maatschappelijk werk', 'Schuldhulpverlening', 'Sociaal raadslieden']);
		const friday = await search('voedselbank', { openNow: true }, actors.facilitator, toInstant('2026-12-11', '14:00'));
		expect(friday.hits.map((h) => h.name)).toEqual(['Voedselbank']);
		const saturday = await search('', { openNow: true }, actors.facilitator, toInstant('2026-12-12', '14:00'));
		expect(saturday.hits).toEqual([]);
	});

	it('keeps each organisation to its own map', async () => {
		expect((await search('schulden', {}, otherActors.coordinator)).hits).toEqual([]);
		expect((await mapServiceFor(db, otherActors.coordinator, ids.get('Voedselbank')!, new Date())).ok).toBe(false);
		expect((await mapServiceFor(db, actors.stakeholder, ids.get('Voedselbank')!, new Date())).ok).toBe(true);
	});

	const newInput = (name: string, postcode: string): NewServiceInput => ({
		mapOrganisationId: null,
		newOrganisationName: 'Nieuwe partner',
		allowDuplicate: false,
		regionId: null,
		name,
		description: '',
		keywords: '',
		themes: [],
		minAge: null,
		maxAge: null,
		languages: [],
		free: false,
		eligibility: '',
		locationName: '',
		address: '',
		postcode,
		city: '',
		neighbourhood: '',
		openingHours: [],
		contactName: '',
		contactRole: '',
		contactPhone: '',
		contactEmail: ''
	});

	it('warns of a duplicate on entry (a much like name at the same postcode), and adds it when told to', async () => {
		const refused = await createService(db, actors.coordinator, newInput('Voedselbank Zwolle', '8021AB'), new Date());
		expect(refused).toMatchObject({ ok: false, code: 'duplicate', similar: [{ name: 'Voedselbank' }] });
		const elsewhere = await createService(db, actors.coordinator, newInput('Voedselbank Zwolle', '8000AA'), new Date());
		expect(elsewhere.ok).toBe(true);
		const anyway = await createService(db, actors.coordinator, { ...newInput('Voedselbank Zwolle', '8021AB'), allowDuplicate: true }, new Date());
		expect(anyway.ok).toBe(true);
		expect((await createService(db, actors.facilitator, newInput('Iets', ''), new Date())).ok).toBe(false);
	});

	it('lets coordinators edit a partner organisation over its version, and nobody else', async () => {
		const service = await mapServiceFor(db, actors.coordinator, ids.get('Huurteam')!, new Date());
		const partnerId = service.ok ? service.value.service.mapOrganisationId : '';
		const page = await mapPartnerFor(db, actors.coordinator, partnerId);
		expect(page.ok).toBe(true);
		const based = page.ok ? readVersionToken(page.value.version)! : null;
		const input = { name: 'Huurteam Zwolle e.o.', description: '', website: 'https://huurteam.example', email: null, phone: '038 000 00 00' };
		expect((await changeMapPartner(db, actors.coordinator, partnerId, based!, input)).ok).toBe(true);
		expect(await changeMapPartner(db, actors.coordinator, partnerId, based!, { ...input, name: 'Anders' })).toMatchObject({ ok: false, code: 'stale', changed: ['name', 'phone', 'website'] });
		expect((await mapPartnerFor(db, actors.facilitator, partnerId)).ok).toBe(false);
		expect((await mapPartnerFor(db, otherActors.coordinator, partnerId)).ok).toBe(false);
		expect((await search('huurteam')).hits[0]!.providerName).toBe('Huurteam Zwolle e.o.');
	});

	it('flags entries nobody checked for six months, and a check clears the flag', async () => {
		const id = ids.get('Fietsbank')!;
		await db.update(mapService).set({ verifiedAt: new Date(Date.now() - 200 * 86_400_000) }).where(eq(mapService.id, id));
		const list = await staleServices(db, actors.coordinator, new Date());
		expect(list.ok && list.value.services.map((s) => s.name)).toEqual(['Fietsbank']);
		expect((await staleServices(db, actors.facilitator, new Date())).ok).toBe(false);
		const page = await mapServiceFor(db, actors.coordinator, id, new Date());
		expect(page.ok && page.value.stale).toBe(true);
		const found = await search('fiets', {}, actors.coordinator, new Date());
		expect(found.hits[0]!.stale).toBe(true);
		// Three months is the organisation's choice: more entries then.
		const shorter = await staleServices(db, actors.coordinator, new Date(Date.now() + 100 * 86_400_000), 3);
		expect(shorter.ok && shorter.value.services.length).toBeGreaterThan(1);
		// The weekly reminder mails the coordinators of organisations with such entries only.
		const before = await db.select().from(outbox).where(eq(outbox.organisationId, org.organisationId));
		expect(await remindStaleEntries(db, new Date())).toBe(1);
		const after = await db.select().from(outbox).where(eq(outbox.organisationId, org.organisationId));
		expect(after.length - before.length).toBe(1);
		expect(after.at(-1)!.recipient).toBe(actors.coordinator.email);
		expect(after.at(-1)!.body).toContain('/map/stale');
		const token = page.ok ? readVersionToken(page.value.version)! : null;
		expect((await verifyMapService(db, actors.coordinator, id, token!, new Date())).ok).toBe(true);
		expect((await verifyMapService(db, actors.coordinator, id, token!, new Date())).ok).toBe(false);
		const cleared = await staleServices(db, actors.coordinator, new Date());
		expect(cleared.ok && cleared.value.services).toEqual([]);
		expect(await remindStaleEntries(db, new Date())).toBe(0);
	});

	it('plans the weekly reminder once, on a Monday morning', async () => {
		await ensureStaleReminderScheduled(db, mondayMorning);
		await ensureStaleReminderScheduled(db, mondayMorning);
		const jobs = await db.select().from(job).where(eq(job.kind, staleReminderJob));
		expect(jobs).toHaveLength(1);
		expect(jobs[0]!.runAt.toISOString()).toBe(toInstant('2026-12-14', '09:00').toISOString());
	});

	it('records a warm handover with a reminder in working hours, mails the member and lets them close it', async () => {
		const serviceId = ids.get('Schuldhulpverlening')!;
		// Thursday 16:30 plus seven days is Thursday 16:30: inside the window.
		const thursday = toInstant('2026-12-10', '16:30');
		const recorded = await recordHandover(db, actors.facilitator, serviceId, { contactName: 'Anouk de Vries', initials: 'J.K.', days: 1 }, thursday);
		expect(recorded.ok).toBe(true);
		if (!recorded.ok) return;
		// A day later is Friday afternoon: the reminder waits for Monday morning.
		expect(recorded.value.remindAt.toISOString()).toBe(toInstant('2026-12-14', '09:00').toISOString());
		const [queued] = await db.select().from(job).where(and(eq(job.kind, handoverReminderJob), eq(job.organisationId, org.organisationId)));
		expect(queued!.runAt.toISOString()).toBe(recorded.value.remindAt.toISOString());
		expect(await runHandoverReminderJob(db, queued!.payload)).toEqual({ ok: true });
		const [mail] = await db.select().from(outbox).where(eq(outbox.subject, 'Hoe ging de overdracht?'));
		expect(mail!.recipient).toBe(actors.facilitator.email);
		expect(mail!.body).toContain('Anouk de Vries');
		expect(mail!.body).not.toContain('J.K.');
		const mine = await myHandovers(db, actors.facilitator);
		expect(mine.ok && mine.value.map((h) => [h.serviceName, h.initials, h.closedAt])).toEqual([['Schuldhulpverlening', 'J.K.', null]]);
		expect((await myHandovers(db, actors.coordinator)).ok && (await myHandovers(db, actors.coordinator))).toMatchObject({ value: [] });
		expect((await recordHandover(db, actors.stakeholder, serviceId, { contactName: 'X', initials: '', days: 7 }, thursday)).ok).toBe(false);
		expect((await recordHandover(db, otherActors.facilitator, serviceId, { contactName: 'X', initials: '', days: 7 }, thursday)).ok).toBe(false);
		const h = mine.ok ? mine.value[0]! : null;
		const based = readVersionToken(h!.token)!;
		// Another member cannot close it.
		expect((await noteHandoverOutcome(db, actors.coordinator, h!.id, based, 'x', new Date())).ok).toBe(false);
		expect((await noteHandoverOutcome(db, actors.facilitator, h!.id, based, 'Afspraak gemaakt, loopt goed.', new Date())).ok).toBe(true);
		// A closed handover's reminder sends nothing.
		const mails = (await db.select().from(outbox)).length;
		expect(await runHandoverReminderJob(db, queued!.payload)).toEqual({ ok: true });
		expect((await db.select().from(outbox)).length).toBe(mails);
	});
});
