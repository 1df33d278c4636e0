import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { constraintsOf, editSchema, field, fieldErrors, formValues, parseForm, parseWithMessages, readRowForm, searchWithoutControlCharacters } from './forms';
import { fail } from './result';
import { versionToken } from './versioning';

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

	it.each(['0000-01-01', '1999-12-31', '2101-01-01', '9999-12-31'])('refuses the date %s as out of range, with the range', (when) => {
		expect(errorsOf(z.object({ when: field.date() }), { when }).when).toBe('Kies een datum van 01-01-2000 tot en met 31-12-2100.');
	});

	it.each(['2000-01-01', '2100-12-31'])('accepts the date %s at the edge of the range', (when) => {
		expect(errorsOf(z.object({ when: field.date() }), { when })).toEqual({});
	});
});

describe('control characters in a form', () => {
	const post = (fields: [string, string][]) =>
		new Request('http://localhost/', { method: 'POST', body: new URLSearchParams(fields) });
	const schema = z.object({ name: field.text(50), place: field.optionalText(50) });

	it.each(['\0', '\u0001', '\u001b', '\u007f', '\u0085', '\u009f'])('refuses %j in any field with a message and keeps the rest of what was typed', async (bad) => {
		const result = await parseForm(
			post([
				['name', `Am${bad}ira`],
				['place', 'Zwolle'],
				['password', `x${bad}`]
			]),
			schema,
			{ id: 'person' }
		);
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.failure.status).toBe(400);
		expect(result.failure.data.errors).toEqual({
			name: expect.stringMatching(/onzichtbaar teken/),
			password: expect.stringMatching(/onzichtbaar teken/)
		});
		expect(result.failure.data.values).toEqual({ name: 'Amira', place: 'Zwolle' });
		expect(result.failure.data.id).toBe('person');
	});

	it('refuses them in text fields of rows that are parsed one by one', () => {
		const schema = z.object({ location: field.optionalText(50), name: field.text(50) });
		expect(errorsOf(schema, { location: 'Buurt\0huis', name: 'A\u0007' })).toEqual({
			location: expect.stringMatching(/onzichtbaar teken/),
			name: expect.stringMatching(/onzichtbaar teken/)
		});
	});

	it('keeps tabs and line breaks, which people do type', async () => {
		const result = await parseForm(post([['name', 'Amira\tEl'], ['place', 'Zwolle\r\nNoord']]), z.object({ name: z.string(), place: z.string() }), {
			id: 'form'
		});
		expect(result.ok && result.data).toEqual({ name: 'Amira\tEl', place: 'Zwolle\r\nNoord' });
	});

	it('takes them out of a query string and says so', () => {
		const { search, refused } = searchWithoutControlCharacters(new URL('http://localhost/people?q=%00Am%01ira&workField=housing'));
		expect(refused).toBe(true);
		expect(search.get('q')).toBe('Amira');
		expect(search.get('workField')).toBe('housing');
		expect(searchWithoutControlCharacters(new URL('http://localhost/people?q=Amira')).refused).toBe(false);
	});
});

describe('the typed form layer', () => {
	const post = (fields: [string, string][]) =>
		new Request('http://localhost/', { method: 'POST', body: new URLSearchParams(fields) });
	const schema = z.object({ name: field.text(50), count: field.int(1, 12), note: field.optionalText(200) });

	it('answers a mistake with the form id, what was typed and a message per field', async () => {
		const form = await parseForm(post([['name', ''], ['count', 'veel']]), schema, { id: 'series' });
		expect(form.ok).toBe(false);
		if (form.ok) return;
		expect(form.failure.status).toBe(400);
		expect(form.failure.data).toEqual({
			id: 'series',
			values: { name: '', count: 'veel' },
			errors: { name: 'Vul dit veld in.', count: 'Vul een getal in van 1 tot en met 12.' }
		});
	});

	it('turns a stale save into a 409 with what changed and what was typed, and a saved one into saved', async () => {
		const form = await parseForm(post([['name', 'Amira'], ['count', '3']]), schema, { id: 'series' });
		expect(form.saved({ ok: true, value: {} })).toEqual({ saved: true });
		const refused = form.saved(fail('stale', { changed: ['name'] }));
		expect('status' in refused && refused.status).toBe(409);
		expect('data' in refused && refused.data).toEqual({ id: 'series', values: { name: 'Amira', count: '3' }, errors: {}, stale: ['name'] });
		const unknown = form.saved(fail('unknownRegion'), () => ({ name: 'Onbekend' }));
		expect('data' in unknown && unknown.data.errors).toEqual({ name: 'Onbekend' });
	});

	it('gives an edit schema the version, so a form without one is refused as a whole', async () => {
		const edit = editSchema(schema);
		const without = await parseForm(post([['name', 'Amira'], ['count', '3']]), edit, { id: 'series' });
		expect(!without.ok && without.failure.data.errors).toEqual({ form: 'Dit formulier is niet compleet. Laad de pagina opnieuw en probeer het nog eens.' });
		const token = versionToken(4, { name: 'Ans' });
		const based = await parseForm(post([['name', 'Amira'], ['count', '3'], ['version', token]]), edit, { id: 'series' });
		expect(based.ok && based.data.version).toEqual({ version: 4, snapshot: { name: 'Ans' } });
	});

	it('reads the version of a form with fields per row, and refuses the form without one', async () => {
		const row = await readRowForm(post([['date:1', '2027-01-01'], ['version', versionToken(2, {})]]), 'schedule');
		expect(row.ok && row.based.version).toBe(2);
		expect(row.form.get('date:1')).toBe('2027-01-01');
		const without = await readRowForm(post([['date:1', '2027-01-01']]), 'schedule');
		expect(!without.ok && without.failure.data).toMatchObject({ id: 'schedule', values: { 'date:1': '2027-01-01' } });
	});

	it('hands the schema\'s rules to the controls as attributes', () => {
		expect(constraintsOf(schema)).toEqual({
			name: { required: true, maxlength: 50 },
			count: { required: true, min: 1, max: 12 },
			note: { maxlength: 200 }
		});
		expect(constraintsOf(z.object({ password: z.string().min(10).max(128), agree: field.checkbox() }))).toEqual({
			password: { required: true, minlength: 10, maxlength: 128 },
			agree: {}
		});
	});
});

describe('money, hours and counts typed the Dutch way', () => {
	const schema = z.object({
		amount: field.money(100_000_000),
		hours: field.hours(2400),
		count: field.count(12),
		deadline: field.optionalDate()
	});

	it('reads them into whole cents, hundredths of hours and whole numbers', () => {
		const parsed = parseWithMessages(schema, { amount: '1.300,75', hours: '4,5', count: '4', deadline: '' });
		expect(parsed.success && parsed.data).toEqual({ amount: 130075, hours: 450, count: 4, deadline: null });
	});

	it('says per field what is wrong, in plain Dutch', () => {
		expect(errorsOf(schema, { amount: 'twaalf', hours: '-1', count: '13', deadline: '2027-02-30' })).toEqual({
			amount: 'Gebruik alleen cijfers, bijvoorbeeld 1.300,75.',
			hours: 'Dit kan niet lager zijn dan 0.',
			count: 'Vul hoogstens 12 in.',
			deadline: expect.stringMatching(/datum/)
		});
		expect(errorsOf(schema, { amount: '1.000.000,01', hours: '25', count: '2,5' })).toEqual({
			amount: 'Dat is meer dan € 1.000.000,00. Klopt het bedrag?',
			hours: 'Dat is meer dan 24 uur. Klopt het aantal uren?',
			count: 'Vul een heel getal in, zonder komma of punt.'
		});
		expect(errorsOf(schema, {})).toMatchObject({ amount: 'Vul een getal in. 0 mag ook.' });
	});
});
