import { describe, expect, it } from 'vitest';
import { fieldErrors, parseWithMessages } from '$lib/server/forms';
import { personDetailKeys } from '$lib/domain/people';
import { editPersonSchema, personConstraints, personSchema, readFilter } from './schema';

const errorsFor = (input: Record<string, unknown>) => {
	const parsed = parseWithMessages(personSchema, input);
	return parsed.success ? {} : fieldErrors(parsed.error);
};

describe('person form', () => {
	it('accepts a minimal person and fills in the rest as empty', () => {
		const parsed = parseWithMessages(personSchema, { name: ' Anna ', background: 'resident' });
		expect(parsed.success).toBe(true);
		if (!parsed.success) return;
		expect(parsed.data).toEqual({
			name: 'Anna',
			background: 'resident',
			affiliation: null,
			workField: null,
			livedExperience: false,
			experienceExpert: false,
			leadsGroups: false,
			email: null,
			phone: null
		});
	});

	it('reads ticked boxes, a work field and a lower-cased e-mail address', () => {
		const parsed = parseWithMessages(personSchema, {
			name: 'Bo',
			background: 'professional',
			workField: 'housing',
			livedExperience: 'on',
			experienceExpert: 'on',
			email: 'Bo@Example.ORG',
			phone: '+31 6 1234 5678'
		});
		expect(parsed.success && parsed.data).toMatchObject({
			workField: 'housing',
			livedExperience: true,
			experienceExpert: true,
			leadsGroups: false,
			email: 'bo@example.org',
			phone: '+31 6 1234 5678'
		});
	});

	it('gives a message per field for bad input, and the choice message for tampered choices', () => {
		const errors = errorsFor({ name: '', background: 'hacker', workField: 'nope', email: 'no-at-sign', phone: '06-' });
		expect(Object.keys(errors)).toEqual(['name', 'background', 'workField', 'email', 'phone']);
		expect(errors.background).toBe(errors.workField);
		expect(errorsFor({ name: 'x'.repeat(121), background: 'resident' }).name).toMatch(/120/);
		expect(errorsFor({ name: 'Anna' }).background).toBeTruthy();
	});
	it('reads exactly the fields of a person\'s details, in their order, and the edit form adds only the version', () => {
		expect(Object.keys(personSchema.shape)).toEqual(personDetailKeys);
		expect(Object.keys(editPersonSchema.shape)).toEqual([...personDetailKeys, 'version']);
	});

	it('hands its limits to the page, so the fields never repeat them', () => {
		expect(personConstraints.name).toEqual({ required: true, maxlength: 120 });
		expect(personConstraints.phone).toEqual({ maxlength: 30 });
		expect(personConstraints.email).toEqual({ maxlength: 254 });
		expect(personConstraints.livedExperience).toEqual({});
	});
});

describe('people filter', () => {
	const filter = (query: string) => readFilter(new URL(`http://x/people?${query}`));

	it('reads name, background and work field from the address', () => {
		expect(filter('q=%20anna%20&background=resident&workField=youth')).toEqual({
			name: 'anna',
			background: 'resident',
			workField: 'youth'
		});
	});

	it('treats anything odd as no filter instead of failing', () => {
		expect(filter('q=&background=admin&workField=')).toEqual({ name: null, background: null, workField: null });
		expect(filter(`q=${'a'.repeat(500)}`).name).toBeNull();
	});
});
