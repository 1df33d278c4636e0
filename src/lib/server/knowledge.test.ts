import { describe, expect, it } from 'vitest';
import type { Actor } from './auth/policies';
import { methodFor, methodsOverview, signalsGuide } from './knowledge';
import * as methods from '../content/workingMethods';
import * as signals from '../content/signals';
import { workingMethodIds } from '../content/workingMethods';
import { perPersonKeys, shapeOf } from '../../../tests/support/perPerson';

const actor = (role: Actor['role']): Actor => ({
	userId: 'u1',
	name: 'Lid',
	email: 'lid@example.org',
	organisationId: 'o1',
	role,
	personId: null,
	ledSeriesIds: []
});

describe('the knowledge pages’ data', () => {
	it('gives every member the three groups with all fourteen methods', () => {
		for (const role of ['coordinator', 'facilitator', 'stakeholder'] as const) {
			const overview = methodsOverview(actor(role));
			expect(overview.ok).toBe(true);
			if (overview.ok) expect(overview.value.flatMap((g) => g.methods.map((m) => m.id))).toEqual([...workingMethodIds]);
		}
	});

	it('finds each method by its id, with links both ways, and nothing else', () => {
		const debt = methodFor(actor('facilitator'), 'debtSupport');
		expect(debt.ok && debt.value.related.map((m) => m.id)).toEqual(['financialSelfReliance']);
		// Self-reliance links to debt support and debt support back: shown once, as a link it makes.
		expect(debt.ok && debt.value.referredFrom.map((m) => m.id)).toEqual([]);
		const social = methodFor(actor('facilitator'), 'socialEnvironment');
		expect(social.ok && social.value.referredFrom.map((m) => m.id)).toEqual(['buildingRelationship', 'parentingSupport']);
		for (const id of ['', 'unknown', 'toString', '__proto__', 'DEBTSUPPORT', '../signals', 'debtSupport '])
			expect(methodFor(actor('coordinator'), id)).toEqual({ ok: false, code: 'notFound' });
	});

	it('holds no per-person structure: no person, tick, score, answer or date, only texts, ids and flags', () => {
		const pages = [methodsOverview(actor('stakeholder')), signalsGuide(actor('stakeholder')), ...workingMethodIds.map((id) => methodFor(actor('stakeholder'), id))];
		for (const page of pages) {
			expect(page.ok).toBe(true);
			if (!page.ok) continue;
			expect(perPersonKeys(page.value)).toEqual([]);
			expect([...shapeOf(page.value).kinds].every((kind) => kind === 'string' || kind === 'boolean')).toBe(true);
		}
		const guide = signalsGuide(actor('stakeholder'));
		expect(guide.ok && [...shapeOf(guide.value).kinds]).toEqual(['string']);
	});

	it('comes from content modules that hold no per-person structure either: signals are texts only', () => {
		expect(perPersonKeys(signals)).toEqual([]);
		expect([...shapeOf(signals).kinds]).toEqual(['string']);
		expect(perPersonKeys(methods)).toEqual([]);
		expect([...shapeOf(methods).kinds].sort()).toEqual(['boolean', 'string']);
	});
});
