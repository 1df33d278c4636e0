import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../tests/support/app';
import { seedOrganisation, type SeededOrganisation } from '../../../tests/support/factories';
import { actorsOf, fullConsent, openTestDatabase } from '../../../tests/support/inProcess';
import type { MemberRole } from '../domain/vocabularies';
import type { Actor } from './auth/policies';
import type { Db } from './db';
import { changePerson, createPerson, personFor } from './people';

const details = (name: string, email: string | null) => ({
	name,
	email,
	phone: null,
	livedExperience: false,
	experienceExpert: false,
	leadsGroups: false,
	background: 'resident' as const,
	affiliation: null,
	workField: null
});

describe.each(databaseKinds)('one person per e-mail address, in process on %s', (kind) => {
	let db: Db;
	let close: () => Promise<void>;
	let org: SeededOrganisation;
	let other: SeededOrganisation;
	let actors: Record<MemberRole, Actor>;

	beforeAll(async () => {
		({ db, close } = await openTestDatabase(kind));
		org = await seedOrganisation(db, 'E');
		other = await seedOrganisation(db, 'F');
		actors = await actorsOf(db, org);
	});
	afterAll(() => close?.());

	it('refuses a second person with the same address in any case, for a field message', async () => {
		expect((await createPerson(db, actors.coordinator, details('Sam', 'sam@example.org'), fullConsent)).ok).toBe(true);
		expect(await createPerson(db, actors.coordinator, details('Sam twee', 'SAM@example.org'), fullConsent)).toEqual({ ok: false, code: 'emailTaken', field: 'email' });
		// A facilitator who cannot see Sam is told too: a duplicate record is the greater harm.
		expect(await createPerson(db, actors.facilitator, details('Sam drie', 'sam@example.org'), fullConsent)).toEqual({ ok: false, code: 'emailTaken', field: 'email' });
	});

	it('lets many people have no address, and another organisation the same one', async () => {
		for (const name of ['Zonder een', 'Zonder twee']) expect((await createPerson(db, actors.coordinator, details(name, null), fullConsent)).ok).toBe(true);
		expect((await createPerson(db, (await actorsOf(db, other)).coordinator, details('Sam elders', 'sam@example.org'), fullConsent)).ok).toBe(true);
	});

	it('refuses an edit that takes another person’s address, and keeps a person’s own', async () => {
		const found = await personFor(db, actors.coordinator, org.personId);
		if (!found.ok) throw new Error('no person');
		const { version } = found.value;
		const based = { version: Number(version.split('.')[0]), snapshot: null };
		expect(await changePerson(db, actors.coordinator, org.personId, based, details('Bewoner E', 'Sam@Example.org'))).toEqual({
			ok: false,
			code: 'emailTaken',
			field: 'email'
		});
		expect(await changePerson(db, actors.coordinator, org.personId, based, details('Bewoner E', 'bewoner@example.org'))).toEqual({ ok: true, value: {} });
		expect(
			await changePerson(db, actors.coordinator, org.personId, { version: based.version + 1, snapshot: null }, details('Bewoner E.', 'bewoner@example.org'))
		).toEqual({ ok: true, value: {} });
	});
});
