import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../tests/support/app';
import { seedOrganisation } from '../../../tests/support/factories';
import { actorsOf, openTestDatabase } from '../../../tests/support/inProcess';
import { m, nl } from '../../../tests/support/messages';
import { seedSocialMap } from '../../../tests/support/socialMapFixture';
import { getLocale, overwriteGetLocale } from '../paraglide/runtime';
import { hsdsProblemText } from '../presentation/hsdsProblemText';
import type { MemberRole } from '../domain/vocabularies';
import type { Actor } from './auth/policies';
import type { Db } from './db';
import { mapOrganisation, mapService } from './db/schema';
import { exportMap, importMap } from './socialMapExchange';

type Doc = { organizations: Record<string, unknown>[] };

describe.each(databaseKinds)('social map exchange (HSDS 3.0) on %s', (kind) => {
	let db: Db;
	let close: () => Promise<void>;
	let source: Record<MemberRole, Actor>;
	let empty: Record<MemberRole, Actor>;
	let third: Record<MemberRole, Actor>;
	let exported: Doc;

	beforeAll(async () => {
		({ db, close } = await openTestDatabase(kind));
		source = await actorsOf(db, await seedOrganisation(db, 'S'));
		empty = await actorsOf(db, await seedOrganisation(db, 'E'));
		third = await actorsOf(db, await seedOrganisation(db, 'T'));
		await seedSocialMap(db, source.coordinator);
		// One service with everything HSDS carries: a contact with phone and e-mail, a location, hours.
		const [s] = await db.select().from(mapService).where(eq(mapService.name, 'Schuldhulpverlening'));
		await db
			.update(mapService)
			.set({ contactRole: 'Schuldhulpverlener', contactPhone: '038 123 45 67', contactEmail: 'anouk@voorbeeld.nl', locationName: 'Stadskantoor', eligibility: 'Inwoners van Zwolle' })
			.where(eq(mapService.id, s!.id));
		await db.update(mapOrganisation).set({ website: 'https://voorbeeld.nl', phone: '14 038' }).where(eq(mapOrganisation.id, s!.mapOrganisationId));
	}, 60_000);
	afterAll(() => close?.());
	const usual = getLocale;
	afterEach(() => overwriteGetLocale(usual));

	const count = async (actor: Actor) => (await db.select({ id: mapService.id }).from(mapService).where(eq(mapService.organisationId, actor.organisationId))).length;

	it('exports the map as HSDS organizations with their services, locations, contacts, phones and schedules', async () => {
		const result = await exportMap(db, source.stakeholder);
		expect(result.ok).toBe(true);
		exported = (result.ok ? result.value : null) as Doc;
		expect(exported.organizations.length).toBeGreaterThan(15);
		const gemeente = exported.organizations.find((o) => o.name === 'Gemeente Zwolle')!;
		expect(gemeente).toMatchObject({ website: 'https://voorbeeld.nl', phones: [{ number: '14 038' }] });
		const service = (gemeente.services as Record<string, unknown>[])[0]!;
		expect(service).toMatchObject({
			name: 'Schuldhulpverlening',
			status: 'active',
			eligibility_description: 'Inwoners van Zwolle',
			contacts: [{ name: 'Anouk de Vries', title: 'Schuldhulpverlener', email: 'anouk@voorbeeld.nl', phones: [{ number: '038 123 45 67' }] }],
			service_at_locations: [{ location: { name: 'Stadskantoor', location_type: 'physical', addresses: [{ postal_code: '8011AB', city: 'Zwolle', region: 'Centrum', country: 'NL' }] } }],
			cost_options: [{ amount: 0 }]
		});
		expect(service.assured_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect((service.schedules as unknown[]).length).toBe(5);
		expect((service.schedules as Record<string, unknown>[])[0]).toMatchObject({ freq: 'WEEKLY', byday: 'MO', opens_at: '09:00', closes_at: '17:00', timezone: 1 });
		const jeugd = exported.organizations.flatMap((o) => o.services as Record<string, unknown>[]).find((s) => s.name === 'Jeugdfonds Sport & Cultuur')!;
		expect(jeugd).toMatchObject({ minimum_age: 4, maximum_age: 18 });
	});

	it('round-trips: the export imported into an empty organisation exports the same', async () => {
		const imported = await importMap(db, empty.coordinator, JSON.stringify(exported), new Date());
		expect(imported).toMatchObject({ ok: true, value: { organisations: exported.organizations.length } });
		const again = await exportMap(db, empty.coordinator);
		expect(again.ok && JSON.stringify(again.value)).toBe(JSON.stringify(exported));
		expect(await count(empty.coordinator)).toBe(await count(source.coordinator));
	});

	it('refuses a file whose ids are on the map already, and adds nothing', async () => {
		overwriteGetLocale(() => 'nl');
		const before = await count(empty.coordinator);
		const again = await importMap(db, empty.coordinator, JSON.stringify(exported), new Date());
		expect(again).toMatchObject({ ok: false, code: 'invalid' });
		const first = again.ok === false && again.code === 'invalid' ? again.reports[0]!.problems[0]! : null;
		expect(first).toEqual({ path: '/id', code: 'idOnMap', params: { id: exported.organizations[0]!.id } });
		// The reader sees it in their words; the Dutch sentence names the id.
		expect(hsdsProblemText(first!)).toBe(m.socialMap_problem_idOnMap({ id: String(exported.organizations[0]!.id) }, nl));
		expect(await count(empty.coordinator)).toBe(before);
	});

	it('rejects a half-valid file as a whole, with a report per record', async () => {
		overwriteGetLocale(() => 'nl');
		const [first, second, third_] = exported.organizations as Record<string, unknown>[];
		const broken = structuredClone(second!) as Record<string, unknown> & { services: Record<string, unknown>[] };
		broken.services[0]!.minimum_age = '18+';
		const doc = { organizations: [first, broken, first, third_, 'not an object', { name: 'Zonder id' }] };
		const result = await importMap(db, third.coordinator, JSON.stringify(doc), new Date());
		expect(result.ok).toBe(false);
		if (result.ok || result.code !== 'invalid') throw new Error('expected a report');
		expect(result.reports.map((r) => r.ok)).toEqual([true, false, false, true, false, false]);
		expect(result.reports[1]!.problems).toContainEqual({ path: '/services/0/minimum_age', code: 'type', params: { types: ['number'] } });
		expect(result.reports[2]!.problems).toContainEqual({ path: '/id', code: 'duplicateId', params: { id: first!.id } });
		expect(result.reports[4]!.problems).toEqual([{ path: '/', code: 'notObject' }]);
		expect(result.reports[5]!.problems).toContainEqual({ path: '/id', code: 'required' });
		expect(result.reports[5]!.problems.map(hsdsProblemText)).toContain(m.socialMap_problem_required({}, nl));
		expect(await count(third.coordinator)).toBe(0);
	});

	it('reads ages like 4.5 as whole years and other UTC offsets as Amsterdam time', async () => {
		const id = '0b6b8a4e-2a52-4c43-9b7e-6a7f1c1d2e3f';
		const doc = {
			organizations: [
				{
					id: '1b6b8a4e-2a52-4c43-9b7e-6a7f1c1d2e3f',
					name: 'Speel-o-theek',
					description: 'Speelgoed lenen',
					services: [
						{
							id,
							name: 'Speelgoed lenen',
							status: 'active',
							minimum_age: 4.5,
							maximum_age: 12.9,
							schedules: [{ id: '2b6b8a4e-2a52-4c43-9b7e-6a7f1c1d2e3f', freq: 'WEEKLY', byday: 'WE,SA', opens_at: '08:00', closes_at: '11:00', timezone: 0 }]
						}
					]
				}
			]
		};
		const result = await importMap(db, third.coordinator, JSON.stringify(doc), new Date());
		expect(result).toMatchObject({ ok: true, value: { organisations: 1, services: 1 } });
		const [row] = await db.select().from(mapService).where(eq(mapService.organisationId, third.coordinator.organisationId));
		expect([row!.minAge, row!.maxAge]).toEqual([4, 12]);
		expect(row!.openingHours).toEqual([
			{ day: 3, opens: '09:00', closes: '12:00' },
			{ day: 6, opens: '09:00', closes: '12:00' }
		]);
	});

	it.each([
		['not JSON', 'this is { not json', 'notJson'],
		['a list', '[]', 'notHsds'],
		['another shape', '{"services": []}', 'notHsds'],
		['no organizations', '{"organizations": []}', 'empty']
	])('answers a file that is %s with a clear refusal', async (_what, text, code) => {
		expect(await importMap(db, third.coordinator, text, new Date())).toMatchObject({ ok: false, code });
	});

	it('lets only coordinators import', async () => {
		expect(await importMap(db, source.facilitator, JSON.stringify(exported), new Date())).toMatchObject({ ok: false, code: 'notFound' });
	});
});
