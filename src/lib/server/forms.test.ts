import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { field, fieldErrors, formValues, parseWithMessages } from './forms';

const errorsOf = (schema: z.ZodType, input: unknown) => {
	const parsed = parseWithMessages(schema, input);
	return parsed.success ? {} : fieldErrors(parsed.error);
};

describe('form parsing', () => {
	const schema = z.object({
		name: field.text(10),
		email: field.email(),
		when: field.date(),
		at: field.time(),
		count: field.int(1, 12),
		note: field.optionalText(5),
		agree: field.checkbox()
	});

	it('gives a plain Dutch message per field', () => {
		const errors = errorsOf(schema, { name: '   ', email: 'not-an-address', when: '2027-02-30', at: '25:00', count: 'x', note: 'too long' });
		expect(errors.name).toBe('Vul dit veld in.');
		expect(errors.email).toMatch(/e-mailadres/);
		expect(errors.when).toMatch(/datum/);
		expect(errors.at).toMatch(/tijd/);
		expect(errors.count).toBe('Vul een getal in van 1 tot en met 12.');
		expect(errors.note).toMatch(/hoogstens 5 tekens/);
	});

	it('answers a missing field and an over-long name', () => {
		const errors = errorsOf(schema, { name: 'a'.repeat(11) });
		expect(errors.name).toMatch(/hoogstens 10/);
		expect(errors.email).toBe('Vul dit veld in.');
	});

	it('trims, lowercases and turns empty optional text into null', () => {
		const parsed = parseWithMessages(schema, {
			name: ' Amira ',
			email: ' Amira@Example.ORG ',
			when: '2027-03-14',
			at: '19:30',
			count: '8',
			note: '',
			agree: 'on'
		});
		expect(parsed.success && parsed.data).toEqual({
			name: 'Amira',
			email: 'amira@example.org',
			when: '2027-03-14',
			at: '19:30',
			count: 8,
			note: null,
			agree: true
		});
	});

	it('refuses a tampered choice with the choice message', () => {
		expect(errorsOf(z.object({ kind: z.enum(['a', 'b']) }), { kind: 'drop table' }).kind).toBe('Kies een van de mogelijkheden.');
	});

	it('keeps typed values but never a password', () => {
		const form = new FormData();
		form.append('name', 'Amira');
		form.append('password', 'secret-secret');
		form.append('passwordRepeat', 'secret-secret');
		expect(formValues(form)).toEqual({ name: 'Amira' });
	});
});
