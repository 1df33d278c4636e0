import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../tests/support/app';
import { seedOrganisation, type SeededOrganisation } from '../../../tests/support/factories';
import { actorsOf, openTestDatabase } from '../../../tests/support/inProcess';
import type { OwnFormatDetails } from '../domain/activityFormats';
import type { MemberRole } from '../domain/vocabularies';
import {
	addOwnFormat,
	builtInFormat,
	changeOwnFormat,
	formatChoices,
	formatLibrary,
	ownFormatFor,
	removeOwnFormat
} from './activityFormats';
import type { Actor } from './auth/policies';
import type { Db } from './db';
import { readVersionToken } from './versioning';

const walk: OwnFormatDetails = {
	name: 'Wandelgesprek',
	purpose: 'Praten terwijl u samen een rondje loopt.',
	minutes: 20,
	groupForm: 'pairsOrThrees',
	maxGroupSize: null,
	materials: [],
	steps: ['Maak tweetallen.', 'Loop samen een rondje om het buurthuis.'],
	prompts: ['Wat viel u vandaag op?'],
	onlineVariant: null
};

function value<T>(result: { ok: true; value: T } | { ok: false; code: string }): T {
	if (!result.ok) throw new Error(`refused: ${result.code}`);
	return result.value;
}

describe.each(databaseKinds)('an organisation\'s own activity formats, in process on %s', (kind) => {
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
		org = await seedOrganisation(db, `F${++seeded}`);
		actors = await actorsOf(db, org);
	});

	const versionOf = async (actor: Actor, id: string) => readVersionToken(value(await ownFormatFor(db, actor, id)).version)!;

	it('lists the built-in formats and its own, filtered by group form, and offers both to the agenda', async () => {
		const { id } = value(await addOwnFormat(db, actors.facilitator, walk));
		const all = value(await formatLibrary(db, actors.stakeholder, null));
		expect(all.own.map((f) => f.id)).toEqual([id]);
		expect(all.builtIn.length).toBeGreaterThan(10);
		expect(all.canAdd).toBe(false);
		const plenary = value(await formatLibrary(db, actors.coordinator, 'plenary'));
		expect(plenary.own).toEqual([]);
		expect(plenary.builtIn.every((f) => f.groupForm === 'plenary')).toBe(true);
		const choices = value(await formatChoices(db, actors.facilitator));
		expect(choices.builtIn).toContain('sentenceCompletion');
		expect(choices.own).toEqual([{ id, name: walk.name, minutes: 20, groupForm: 'pairsOrThrees' }]);
	});

	it('shows a built-in format by its code, and an unknown code as not there', () => {
		expect(value(builtInFormat(actors.stakeholder, 'ballOfWool')).minutes).toBe(10);
		expect(builtInFormat(actors.stakeholder, 'noSuchFormat')).toEqual({ ok: false, code: 'notFound' });
	});

	it("answers another organisation's format as not there, for reading, editing and removing", async () => {
		const other = await seedOrganisation(db, `F${++seeded}-other`);
		const { id } = value(await addOwnFormat(db, (await actorsOf(db, other)).coordinator, walk));
		const based = { version: 1, snapshot: null };
		expect(await ownFormatFor(db, actors.coordinator, id)).toEqual({ ok: false, code: 'notFound' });
		expect(await changeOwnFormat(db, actors.coordinator, id, based, walk)).toEqual({ ok: false, code: 'notFound' });
		expect(await removeOwnFormat(db, actors.coordinator, id)).toEqual({ ok: false, code: 'notFound' });
		expect(value(await formatLibrary(db, actors.coordinator, null)).own).toEqual([]);
	});

	it('lets a stakeholder read but never add, change or remove', async () => {
		expect(await addOwnFormat(db, actors.stakeholder, walk)).toEqual({ ok: false, code: 'notFound' });
		const { id } = value(await addOwnFormat(db, actors.coordinator, walk));
		expect(value(await ownFormatFor(db, actors.stakeholder, id)).canEdit).toBe(false);
		const based = await versionOf(actors.stakeholder, id);
		expect(await changeOwnFormat(db, actors.stakeholder, id, based, { ...walk, name: 'Anders' })).toEqual({ ok: false, code: 'notFound' });
		expect(await removeOwnFormat(db, actors.stakeholder, id)).toEqual({ ok: false, code: 'notFound' });
	});

	it('refuses a stale edit and names what the other person changed', async () => {
		const { id } = value(await addOwnFormat(db, actors.facilitator, walk));
		const based = await versionOf(actors.facilitator, id);
		expect(await changeOwnFormat(db, actors.coordinator, id, based, { ...walk, minutes: 25 })).toEqual({ ok: true, value: {} });
		expect(await changeOwnFormat(db, actors.facilitator, id, based, { ...walk, steps: ['Loop alleen.'] })).toEqual({
			ok: false,
			code: 'stale',
			changed: ['minutes']
		});
		const { format } = value(await ownFormatFor(db, actors.facilitator, id));
		expect(format).toMatchObject({ minutes: 25, steps: walk.steps, version: 2 });
	});

	it('needs a largest group for small groups, and drops it for other group forms', async () => {
		expect(await addOwnFormat(db, actors.facilitator, { ...walk, groupForm: 'smallGroups' })).toEqual({
			ok: false,
			code: 'groupSizeMissing',
			field: 'maxGroupSize'
		});
		const { id } = value(await addOwnFormat(db, actors.facilitator, { ...walk, maxGroupSize: 4 }));
		expect(value(await ownFormatFor(db, actors.facilitator, id)).format.maxGroupSize).toBeNull();
	});

	it('removes an own format', async () => {
		const { id } = value(await addOwnFormat(db, actors.facilitator, walk));
		expect(await removeOwnFormat(db, actors.facilitator, id)).toEqual({ ok: true, value: {} });
		expect(await ownFormatFor(db, actors.facilitator, id)).toEqual({ ok: false, code: 'notFound' });
	});
});
