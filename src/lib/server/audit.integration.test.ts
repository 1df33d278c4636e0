import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../tests/support/app';
import { seedOrganisation, type SeededOrganisation } from '../../../tests/support/factories';
import { actorsOf, fullConsent, openTestDatabase } from '../../../tests/support/inProcess';
import type { MemberRole } from '../domain/vocabularies';
import { auditLog } from './audit';
import type { Actor } from './auth/policies';
import type { Db } from './db';
import { auditEntry } from './db/schema';
import { changePerson, createPerson, personFor } from './people';
import { erasePerson, erasureFor } from './privacy';
import { seriesPeopleForEditing } from './series';
import { readVersionToken } from './versioning';
import { withTrace } from './trace';

const details = (label: string) => ({
	name: `Geertruida Audit ${label}`,
	email: `geertruida.audit.${label.toLowerCase()}@voorbeeld.test`,
	phone: '06-11223344',
	livedExperience: true,
	experienceExpert: false,
	leadsGroups: false,
	background: 'resident' as const,
	affiliation: null,
	workField: null
});

const entriesOf = (db: Db, personId: string) => db.select().from(auditEntry).where(eq(auditEntry.personId, personId)).orderBy(auditEntry.id);

describe.each(databaseKinds)('the audit log, in process on %s', (kind) => {
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
		org = await seedOrganisation(db, `A${++seeded}`);
		actors = await actorsOf(db, org);
	});

	it('records who viewed a person, as whom, why, under one trace id per request', async () => {
		await withTrace(async () => {
			expect((await personFor(db, actors.facilitator, org.personId)).ok).toBe(true);
		});
		const [entry] = await entriesOf(db, org.personId);
		expect(entry).toMatchObject({
			organisationId: org.organisationId,
			actorId: actors.facilitator.userId,
			actorRole: 'facilitator',
			operation: 'person.viewed',
			purpose: 'peopleAdministration',
			personId: org.personId,
			eventId: null
		});
		expect(entry!.traceId).toMatch(/^[0-9a-f-]{36}$/);
	});

	it('records a refused view not at all', async () => {
		const other = await seedOrganisation(db, `A${++seeded}`);
		expect((await personFor(db, actors.coordinator, other.personId)).ok).toBe(false);
		expect(await entriesOf(db, other.personId)).toEqual([]);
	});

	it("records the series' people page as a view of each person it shows, in one statement", async () => {
		const shown = await seriesPeopleForEditing(db, actors.coordinator, org.seriesId);
		if (!shown.ok) throw new Error('not shown');
		const rows = await db.select().from(auditEntry).where(eq(auditEntry.operation, 'seriesPeople.viewed'));
		const ours = rows.filter((r) => r.organisationId === org.organisationId);
		expect(ours.map((r) => r.personId).sort()).toEqual(shown.value.people.map((p) => p.id).sort());
		expect(new Set(ours.map((r) => r.traceId)).size).toBe(1);
		expect(ours.every((r) => r.purpose === 'seriesPreparation')).toBe(true);
	});

	it('records every change of a person with its event: added, changed, erased', async () => {
		const created = await createPerson(db, actors.coordinator, details(`A${seeded}`), fullConsent);
		if (!created.ok) throw new Error('not created');
		const personId = created.value.id;
		const shown = await personFor(db, actors.coordinator, personId);
		if (!shown.ok) throw new Error('not shown');
		const based = readVersionToken(shown.value.version)!;
		expect((await changePerson(db, actors.coordinator, personId, based, { ...details(`A${seeded}`), phone: '06-99999999' })).ok).toBe(true);
		// A refused save (another person's address) is no change, so it is not in the log either.
		const taken = await changePerson(db, actors.coordinator, personId, { ...based, version: based.version + 1 }, { ...details(`A${seeded}`), email: `facilitator.a${seeded}@example.org` });
		expect(taken).toMatchObject({ ok: false, code: 'emailTaken' });
		const erasure = await erasureFor(db, actors.coordinator, personId);
		if (!erasure.ok) throw new Error('no erasure form');
		expect((await erasePerson(db, actors.coordinator, personId, readVersionToken(erasure.value.version)!)).ok).toBe(true);

		const entries = await entriesOf(db, personId);
		expect(entries.map((e) => e.operation)).toEqual(['person.added', 'consent.given', 'person.viewed', 'person.changed', 'person.erased']);
		expect(entries.filter((e) => e.operation !== 'person.viewed').every((e) => e.eventId !== null)).toBe(true);
		expect(entries.find((e) => e.operation === 'person.erased')?.purpose).toBe('subjectRequest');
	});

	it('keeps no personal data in the log, so erasure leaves every entry as it was', async () => {
		const label = `A${seeded}`;
		const created = await createPerson(db, actors.coordinator, details(label), fullConsent);
		if (!created.ok) throw new Error('not created');
		const personId = created.value.id;
		await personFor(db, actors.coordinator, personId);
		const before = await entriesOf(db, personId);
		const erasure = await erasureFor(db, actors.coordinator, personId);
		if (!erasure.ok) throw new Error('no erasure form');
		expect((await erasePerson(db, actors.coordinator, personId, readVersionToken(erasure.value.version)!)).ok).toBe(true);
		const after = await entriesOf(db, personId);
		expect(after.slice(0, before.length)).toEqual(before);
		const text = JSON.stringify(after).toLowerCase();
		for (const value of [details(label).name, details(label).email, details(label).phone]) expect(text).not.toContain(value.toLowerCase());
	});

	it('lets a coordinator read the log per person, per member and per date; nobody else, no other organisation', async () => {
		await personFor(db, actors.facilitator, org.personId);
		await personFor(db, actors.coordinator, org.facilitatorPersonId);
		const perPerson = await auditLog(db, actors.coordinator, { personId: org.personId, page: 1 });
		if (!perPerson.ok) throw new Error('refused');
		expect(perPerson.value.entries.map((e) => e.personId)).toEqual([org.personId]);
		expect(perPerson.value.entries[0]).toMatchObject({ actorName: `facilitator A${seeded}`, personName: `Bewoner A${seeded}` });
		expect(perPerson.value.person).toEqual({ id: org.personId, name: `Bewoner A${seeded}` });

		const perMember = await auditLog(db, actors.coordinator, { actorId: actors.coordinator.userId, page: 1 });
		expect(perMember.ok && perMember.value.entries.map((e) => e.personId)).toEqual([org.facilitatorPersonId]);

		const found = await auditLog(db, actors.coordinator, { personName: 'bewoner', page: 1 });
		expect(found.ok && found.value.found).toEqual([{ id: org.personId, name: `Bewoner A${seeded}` }]);

		const tomorrow = new Date(Date.now() + 86_400_000);
		const later = await auditLog(db, actors.coordinator, { from: tomorrow, page: 1 });
		expect(later.ok && later.value.total).toBe(0);
		const earlier = await auditLog(db, actors.coordinator, { before: tomorrow, page: 1 });
		expect(earlier.ok && earlier.value.total).toBe(2);

		expect(await auditLog(db, actors.facilitator, { page: 1 })).toEqual({ ok: false, code: 'notFound' });
		expect(await auditLog(db, actors.stakeholder, { page: 1 })).toEqual({ ok: false, code: 'notFound' });
		const other = await seedOrganisation(db, `A${++seeded}`);
		const otherActors = await actorsOf(db, other);
		const theirs = await auditLog(db, otherActors.coordinator, { personId: org.personId, page: 1 });
		expect(theirs.ok && [theirs.value.total, theirs.value.person]).toEqual([0, null]);
	});

	it('refuses to update, delete or empty an entry, even in plain SQL', async () => {
		await personFor(db, actors.coordinator, org.personId);
		const [entry] = await entriesOf(db, org.personId);
		await expect(db.update(auditEntry).set({ purpose: 'subjectRequest' }).where(eq(auditEntry.id, entry!.id))).rejects.toThrow();
		await expect(db.delete(auditEntry).where(eq(auditEntry.id, entry!.id))).rejects.toThrow();
		await expect(db.execute(sql`truncate audit_entry`)).rejects.toThrow();
		expect(await entriesOf(db, org.personId)).toEqual([entry]);
	});
});

describe('the audit log in the source', () => {
	it('has no update path, and one delete: the retention the trigger lets through', () => {
		const source = readFileSync(join(import.meta.dirname, 'db/repositories/audit.ts'), 'utf8');
		expect(source).not.toMatch(/\.update\(/);
		expect(source.match(/\.delete\(/g)).toHaveLength(1);
		expect(source).toMatch(/export async function deleteAuditEntriesBefore\([^]*?set_config\('sd\.audit_kept_since'[^]*?\.delete\(auditEntry\)/);
		// Nor does any other module of the server reach the table but through that repository.
		const offenders = readdirSync(join(import.meta.dirname, 'db/repositories'))
			.filter((file) => file !== 'audit.ts' && file.endsWith('.ts'))
			.filter((file) => readFileSync(join(import.meta.dirname, 'db/repositories', file), 'utf8').includes('auditEntry'));
		expect(offenders).toEqual([]);
	});
});
