import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { databaseKinds } from '../../../tests/support/app';
import { seedOrganisation, type SeededOrganisation } from '../../../tests/support/factories';
import { actorsOf, openTestDatabase } from '../../../tests/support/inProcess';
import type { FinderQuestion } from '../domain/eligibility';
import type { LocalSchemeDetails } from '../domain/localSchemes';
import type { MemberRole } from '../domain/vocabularies';
import type { Actor } from './auth/policies';
import type { Db } from './db';
import { event } from './db/schema';
import { addLocalScheme, changeLocalScheme, fundFinder, localSchemeFor, nationalFundFor, newLocalSchemeForm, removeLocalScheme } from './funds';
import { readVersionToken } from './versioning';

const kindpakket: LocalSchemeDetails = {
	name: 'Kindpakket Lingewaard',
	description: 'Een budget per kind voor kleding, sport en spullen voor school.',
	needs: ['clothing', 'sportCulture', 'school'],
	ageFrom: 0,
	ageTo: 17,
	applicants: ['parent', 'intermediary'],
	incomeLimitPercent: 120,
	conditions: 'Alleen voor inwoners van de gemeente.',
	howToApply: 'Vraag het aan op de website van de gemeente, of bij het loket.',
	link: 'https://www.example.org/kindpakket'
};

const nineForSport: FinderQuestion = { age: { years: 9, orOlder: false }, need: 'sportCulture', applicant: 'parent' };

function value<T>(result: { ok: true; value: T } | { ok: false; code: string }): T {
	if (!result.ok) throw new Error(`refused: ${result.code}`);
	return result.value;
}

describe.each(databaseKinds)('local schemes and the funds finder, in process on %s', (kind) => {
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
		org = await seedOrganisation(db, `L${++seeded}`);
		actors = await actorsOf(db, org);
	});

	const versionOf = async (actor: Actor, id: string) => readVersionToken(value(await localSchemeFor(db, actor, id)).version)!;
	const fitIds = async (actor: Actor, question: FinderQuestion) => value(await fundFinder(db, actor, question)).answer!.fits.map((fit) => fit.fund.id);

	it('adds a scheme, shows it to every member, and lists it first among the fits', async () => {
		const { id } = value(await addLocalScheme(db, actors.coordinator, kindpakket));
		for (const role of ['coordinator', 'facilitator', 'stakeholder'] as const) {
			const { scheme, canEdit } = value(await localSchemeFor(db, actors[role], id));
			expect(scheme).toMatchObject(kindpakket);
			expect(canEdit).toBe(role === 'coordinator');
		}
		expect(await fitIds(actors.facilitator, nineForSport)).toEqual([id, 'leergeld']);
		const finder = value(await fundFinder(db, actors.facilitator, null));
		expect(finder.answer).toBeNull();
		expect(finder.local.map((s) => s.id)).toEqual([id]);
		expect(finder.canAdd).toBe(false);
		expect(value(await fundFinder(db, actors.coordinator, null)).canAdd).toBe(true);
	});

	it('records events with ids only, never the scheme\'s words', async () => {
		const { id } = value(await addLocalScheme(db, actors.coordinator, kindpakket));
		const based = await versionOf(actors.coordinator, id);
		value(await changeLocalScheme(db, actors.coordinator, id, based, { ...kindpakket, ageTo: 18 }));
		value(await removeLocalScheme(db, actors.coordinator, id));
		const rows = await db.select().from(event).where(eq(event.subject, id));
		expect(rows.map((row) => row.type).sort()).toEqual(['localScheme.added', 'localScheme.changed', 'localScheme.removed']);
		expect(rows.every((row) => JSON.stringify(row.payload) === '{}')).toBe(true);
	});

	it("never shows another organisation's scheme in the finder, and answers its id as not there", async () => {
		const other = await seedOrganisation(db, `L${++seeded}-other`);
		const { id } = value(await addLocalScheme(db, (await actorsOf(db, other)).coordinator, kindpakket));
		const based = { version: 1, snapshot: null };
		expect(await localSchemeFor(db, actors.coordinator, id)).toEqual({ ok: false, code: 'notFound' });
		expect(await changeLocalScheme(db, actors.coordinator, id, based, kindpakket)).toEqual({ ok: false, code: 'notFound' });
		expect(await removeLocalScheme(db, actors.coordinator, id)).toEqual({ ok: false, code: 'notFound' });
		expect(await fitIds(actors.coordinator, nineForSport)).toEqual(['leergeld']);
		const finder = value(await fundFinder(db, actors.coordinator, nineForSport));
		expect(finder.local).toEqual([]);
		expect(finder.answer!.almost.map((a) => a.fund.id)).not.toContain(id);
		// The other organisation still has it, untouched.
		expect(await fitIds((await actorsOf(db, other)).stakeholder, nineForSport)).toEqual([id, 'leergeld']);
	});

	it('lets only coordinators add, change and remove', async () => {
		for (const role of ['facilitator', 'stakeholder'] as const) {
			expect(newLocalSchemeForm(actors[role])).toEqual({ ok: false, code: 'notFound' });
			expect(await addLocalScheme(db, actors[role], kindpakket)).toEqual({ ok: false, code: 'notFound' });
		}
		const { id } = value(await addLocalScheme(db, actors.coordinator, kindpakket));
		for (const role of ['facilitator', 'stakeholder'] as const) {
			const based = await versionOf(actors[role], id);
			expect(await changeLocalScheme(db, actors[role], id, based, { ...kindpakket, name: 'Anders' })).toEqual({ ok: false, code: 'notFound' });
			expect(await removeLocalScheme(db, actors[role], id)).toEqual({ ok: false, code: 'notFound' });
		}
	});

	it('refuses a stale edit and names what the other person changed', async () => {
		const { id } = value(await addLocalScheme(db, actors.coordinator, kindpakket));
		const based = await versionOf(actors.coordinator, id);
		expect(await changeLocalScheme(db, actors.coordinator, id, based, { ...kindpakket, incomeLimitPercent: 130 })).toEqual({ ok: true, value: {} });
		expect(await changeLocalScheme(db, actors.coordinator, id, based, { ...kindpakket, needs: ['bike'] })).toEqual({
			ok: false,
			code: 'stale',
			changed: ['incomeLimitPercent']
		});
		// The same change twice (a double click) is no conflict.
		expect(await changeLocalScheme(db, actors.coordinator, id, based, { ...kindpakket, incomeLimitPercent: 130 })).toEqual({ ok: true, value: {} });
		expect(value(await localSchemeFor(db, actors.coordinator, id)).scheme).toMatchObject({ incomeLimitPercent: 130, needs: kindpakket.needs, version: 2 });
	});

	it('refuses an upper age below the lower one, and reads one age as from or up to', async () => {
		expect(await addLocalScheme(db, actors.coordinator, { ...kindpakket, ageFrom: 12, ageTo: 4 })).toEqual({ ok: false, code: 'agesReversed', field: 'ageTo' });
		const { id } = value(await addLocalScheme(db, actors.coordinator, { ...kindpakket, ageFrom: 4, ageTo: null }));
		expect(value(await localSchemeFor(db, actors.coordinator, id)).scheme).toMatchObject({ ageFrom: 4, ageTo: 30 });
		// By name: the Kindpakket before the Stadspas.
		const any = value(await addLocalScheme(db, actors.coordinator, { ...kindpakket, name: 'Stadspas', ageFrom: null, ageTo: null }));
		expect(await fitIds(actors.coordinator, { age: { years: 25, orOlder: false }, need: 'school', applicant: 'parent' })).toEqual([id, any.id]);
	});

	it('removes a scheme, after which the finder no longer shows it', async () => {
		const { id } = value(await addLocalScheme(db, actors.coordinator, kindpakket));
		expect(await removeLocalScheme(db, actors.coordinator, id)).toEqual({ ok: true, value: {} });
		expect(await localSchemeFor(db, actors.coordinator, id)).toEqual({ ok: false, code: 'notFound' });
		expect(await removeLocalScheme(db, actors.coordinator, id)).toEqual({ ok: false, code: 'notFound' });
		expect(await fitIds(actors.coordinator, nineForSport)).toEqual(['leergeld']);
	});

	it('shows a national fund by its code, and an unknown code as not there', () => {
		expect(value(nationalFundFor(actors.stakeholder, 'jarigeJob')).name).toBe('Stichting Jarige Job');
		expect(nationalFundFor(actors.stakeholder, 'noSuchFund')).toEqual({ ok: false, code: 'notFound' });
		expect(nationalFundFor(actors.stakeholder, '__proto__')).toEqual({ ok: false, code: 'notFound' });
	});
});
