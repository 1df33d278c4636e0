import { describe, expect, it } from 'vitest';
import { consentOverview, detailsOf, inForce, withdrawnFrom, withoutConsent, type ConsentRecord } from './consent';
import type { PersonDetails } from './people';

const bare: PersonDetails = {
	name: 'Noor',
	background: 'resident',
	affiliation: null,
	workField: null,
	livedExperience: false,
	experienceExpert: false,
	leadsGroups: false,
	email: null,
	phone: null
};

describe('which details need which consent', () => {
	it('puts every detail under exactly one purpose', () => {
		const all = [...detailsOf('takingPart'), ...detailsOf('contact'), ...detailsOf('composition')];
		expect(new Set(all).size).toBe(all.length);
		expect(all.sort()).toEqual(Object.keys(bare).sort());
		expect(detailsOf('contact')).toEqual(['email', 'phone']);
		expect(detailsOf('composition')).toEqual(['livedExperience', 'experienceExpert']);
	});

	it('asks nothing more than taking part for a name and a role', () => {
		expect(withoutConsent({ ...bare, affiliation: 'Buurthuis', workField: 'youth', leadsGroups: true }, new Set(['takingPart']))).toEqual([]);
	});

	it('names an e-mail address or phone number without consent for contact', () => {
		expect(withoutConsent({ ...bare, email: 'noor@example.org', phone: '06 1234 5678' }, new Set(['takingPart']))).toEqual(['email', 'phone']);
		expect(withoutConsent({ ...bare, email: 'noor@example.org' }, new Set(['takingPart', 'contact']))).toEqual([]);
	});

	it('names experience of poverty without consent for composition, but not a box left empty', () => {
		expect(withoutConsent({ ...bare, livedExperience: true }, new Set(['takingPart']))).toEqual(['livedExperience']);
		expect(withoutConsent({ ...bare, experienceExpert: true }, new Set(['takingPart', 'contact']))).toEqual(['experienceExpert']);
		expect(withoutConsent(bare, new Set(['takingPart']))).toEqual([]);
	});

	it('names everything when even taking part was not agreed to', () => {
		expect(withoutConsent(bare, new Set())).toEqual(['name', 'background']);
	});
});

describe('withdrawing', () => {
	const full: PersonDetails = { ...bare, email: 'noor@example.org', phone: '0612345678', livedExperience: true, experienceExpert: true, leadsGroups: true };

	it('clears contact details and nothing else', () => {
		expect(withdrawnFrom(full, 'contact')).toEqual({ ...full, email: null, phone: null });
	});

	it('clears the experience of poverty and nothing else', () => {
		expect(withdrawnFrom(full, 'composition')).toEqual({ ...full, livedExperience: false, experienceExpert: false });
	});

	it('leaves what it was given alone', () => {
		const before = structuredClone(full);
		withdrawnFrom(full, 'contact');
		expect(full).toEqual(before);
	});
});

describe('the register', () => {
	const at = (day: number) => new Date(Date.UTC(2026, 11, day, 10));
	const records: ConsentRecord[] = [
		{ purpose: 'contact', givenAt: at(1), givenHow: 'spoken', withdrawnAt: at(3), withdrawnHow: 'email' },
		{ purpose: 'contact', givenAt: at(5), givenHow: 'paper', withdrawnAt: null, withdrawnHow: null },
		{ purpose: 'takingPart', givenAt: at(1), givenHow: 'beforeRegister', withdrawnAt: null, withdrawnHow: null },
		{ purpose: 'composition', givenAt: at(1), givenHow: 'spoken', withdrawnAt: at(2), withdrawnHow: 'online' }
	];

	it('knows the purposes in force', () => {
		expect(inForce(records)).toEqual(new Set(['contact', 'takingPart']));
	});

	it('shows per purpose, in a fixed order, the consent in force or else the last withdrawn, newest history first', () => {
		const overview = consentOverview(records);
		expect(overview.map((o) => o.purpose)).toEqual(['takingPart', 'contact', 'composition']);
		expect(overview[1]!.current).toBe(records[1]);
		expect(overview[1]!.history).toEqual([records[1], records[0]]);
		expect(overview[2]!.current).toBe(records[3]);
		expect(consentOverview([]).every((o) => o.current === null && o.history.length === 0)).toBe(true);
	});
});
