import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { en, m, nl } from '../../../tests/support/messages';
import { hsdsProblemText } from './hsdsProblemText';

const usual = getLocale;
afterEach(() => overwriteGetLocale(usual));

describe('an import problem in words', () => {
	it('words a missing field, a wrong type and a wrong format in Dutch and in English', () => {
		overwriteGetLocale(() => 'nl');
		expect(hsdsProblemText({ path: '/services/0/name', code: 'required' })).toBe(m.socialMap_problem_required({}, nl));
		expect(hsdsProblemText({ path: '/services/0/minimum_age', code: 'type', params: { types: ['number'] } })).toBe(
			m.socialMap_problem_expected({ what: m.socialMap_problem_type_number({}, nl) }, nl)
		);
		expect(hsdsProblemText({ path: '/x', code: 'type', params: { types: ['string', 'null'] } })).toBe(
			m.socialMap_problem_expected({ what: m.socialMap_problem_or({ first: m.socialMap_problem_type_string({}, nl), last: m.socialMap_problem_type_null({}, nl) }, nl) }, nl)
		);
		expect(hsdsProblemText({ path: '/id', code: 'format', params: { format: 'uuid' } })).toBe(m.socialMap_problem_expected({ what: m.socialMap_problem_format_uuid({}, nl) }, nl));
		overwriteGetLocale(() => 'en');
		expect(hsdsProblemText({ path: '/services/0/name', code: 'required' })).toBe(m.socialMap_problem_required({}, en));
		expect(hsdsProblemText({ path: '/website', code: 'format', params: { format: 'uri' } })).toBe(m.socialMap_problem_expected({ what: m.socialMap_problem_format_uri({}, en) }, en));
	});

	it('lists the allowed values, and still says something for a format or keyword it does not know', () => {
		overwriteGetLocale(() => 'nl');
		expect(hsdsProblemText({ path: '/status', code: 'enum', params: { allowed: ['active', 'inactive', 'defunct'] } })).toBe(
			m.socialMap_problem_enum({ allowed: m.socialMap_problem_or({ first: 'active, inactive', last: 'defunct' }, nl) }, nl)
		);
		expect(hsdsProblemText({ path: '/x', code: 'format', params: { format: 'ipv4' } })).toBe(m.socialMap_problem_expected({ what: m.socialMap_problem_format_other({ format: 'ipv4' }, nl) }, nl));
		expect(hsdsProblemText({ path: '/', code: 'schema', params: { keyword: 'oneOf' } })).toBe(m.socialMap_problem_schema({ keyword: 'oneOf' }, nl));
	});

	it('words our own problems with their numbers and ids', () => {
		overwriteGetLocale(() => 'nl');
		const id = '0b6b8a4e-2a52-4c43-9b7e-6a7f1c1d2e3f';
		expect(hsdsProblemText({ path: '/id', code: 'idOnMap', params: { id } })).toBe(m.socialMap_problem_idOnMap({ id }, nl));
		expect(hsdsProblemText({ path: '/services/1/id', code: 'duplicateId', params: { id } })).toContain(id);
		expect(hsdsProblemText({ path: '/name', code: 'name', params: { max: 120 } })).toBe(m.socialMap_problem_name({ max: 120 }, nl));
		expect(hsdsProblemText({ path: '/services/0/maximum_age', code: 'maxLength', params: { limit: 120 } })).toContain('120');
		expect(hsdsProblemText({ path: '/', code: 'notObject' })).toBe(m.socialMap_problem_notObject({}, nl));
	});
});
