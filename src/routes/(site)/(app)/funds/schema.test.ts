import { describe, expect, it } from 'vitest';
import * as m from '$lib/paraglide/messages.js';
import { localSchemeDetailKeys } from '$lib/domain/localSchemes';
import { fieldErrors, parseWithMessages } from '$lib/server/forms';
import { localSchemeSchema, readFinderQuestion, removeLocalSchemeSchema } from './schema';

const finder = (query: string) => readFinderQuestion(new URLSearchParams(query));

describe('the finder question from the address bar', () => {
	it('asks nothing before the form was sent, and says nothing', () => {
		expect(finder('')).toEqual({ asked: false, values: { age: '', need: '', applicant: '' }, errors: {}, question: null });
	});

	it('reads an age with a decimal point or comma, "18+" and no age at all', () => {
		expect(finder('age=9&need=birthday&applicant=parent').question).toEqual({ age: { years: 9, orOlder: false }, need: 'birthday', applicant: 'parent' });
		expect(finder('age=4%2C5&need=school&applicant=parent').question?.age).toEqual({ years: 4.5, orOlder: false });
		expect(finder('age=4.5&need=school&applicant=parent').question?.age).toEqual({ years: 4.5, orOlder: false });
		expect(finder('age=18%2B&need=school&applicant=intermediary').question?.age).toEqual({ years: 18, orOlder: true });
		expect(finder('age=&need=baby&applicant=intermediary').question).toEqual({ age: null, need: 'baby', applicant: 'intermediary' });
	});

	it('gives each wrong field its own message and keeps what was typed', () => {
		const read = finder('age=negen&need=yacht&applicant=');
		expect(read.question).toBeNull();
		expect(read.values).toEqual({ age: 'negen', need: 'yacht', applicant: '' });
		expect(read.errors).toEqual({ age: m.funds_age_not_a_number(), need: m.funds_need_missing(), applicant: m.funds_applicant_missing() });
		expect(finder('age=-3&need=bike&applicant=parent').errors).toEqual({ age: m.funds_age_negative() });
		expect(finder('age=150&need=bike&applicant=parent').errors).toEqual({ age: m.funds_age_too_high({ max: 99 }) });
	});

	it('never echoes a page-long value, and takes operators, SQL and emoji as a wrong age', () => {
		const long = finder(`age=${'9'.repeat(10_000)}&need=bike&applicant=parent`);
		expect(long.values.age.length).toBeLessThanOrEqual(40);
		expect(long.errors.age).toBe(m.funds_age_not_a_number());
		for (const typed of ["9' or 1=1 --", '😀', '"9"', '9 AND 10', '__proto__']) {
			expect(finder(`age=${encodeURIComponent(typed)}&need=bike&applicant=parent`).errors.age).toBe(m.funds_age_not_a_number());
		}
		expect(finder('need=constructor&applicant=toString').errors).toEqual({ need: m.funds_need_missing(), applicant: m.funds_applicant_missing() });
	});
});

const minimal = {
	name: ' Kindpakket ',
	description: 'Een budget per kind.',
	needs: ['sportCulture', 'clothing'],
	applicants: 'parent',
	howToApply: 'Bij het loket.'
};

const errorsFor = (input: Record<string, unknown>) => {
	const parsed = parseWithMessages(localSchemeSchema, input);
	return parsed.success ? {} : fieldErrors(parsed.error);
};

describe('the local scheme form', () => {
	it('reads every key of a scheme; ticked boxes in the vocabulary order, empty numbers as not given', () => {
		const parsed = parseWithMessages(localSchemeSchema, { ...minimal, ageFrom: '', ageTo: '17', incomeLimitPercent: '120', conditions: ' ', link: '' });
		expect(parsed.success && parsed.data).toEqual({
			name: 'Kindpakket',
			description: 'Een budget per kind.',
			needs: ['sportCulture', 'clothing'],
			ageFrom: null,
			ageTo: 17,
			applicants: ['parent'],
			incomeLimitPercent: 120,
			conditions: null,
			howToApply: 'Bij het loket.',
			link: null
		});
		expect(Object.keys(localSchemeSchema.shape).sort()).toEqual([...localSchemeDetailKeys].sort());
		const reordered = parseWithMessages(localSchemeSchema, { ...minimal, needs: ['clothing', 'school', 'clothing'] });
		expect(reordered.success && reordered.data.needs).toEqual(['school', 'clothing']);
	});

	it('says what is wrong with each field in our own words', () => {
		expect(errorsFor({ ...minimal, needs: undefined, applicants: ['parent', 'mayor'], ageFrom: '4.5', ageTo: '-1', incomeLimitPercent: '1000', link: 'javascript:alert(1)' })).toEqual({
			needs: m.funds_local_needs_missing(),
			applicants: m.validation_choice(),
			ageFrom: m.validation_number_range({ min: 0, max: 30 }),
			ageTo: m.validation_number_range({ min: 0, max: 30 }),
			incomeLimitPercent: m.validation_number_range({ min: 50, max: 300 }),
			link: m.validation_url()
		});
		expect(errorsFor({ ...minimal, applicants: undefined, name: '' })).toEqual({ name: m.validation_required(), applicants: m.funds_local_applicants_missing() });
	});

	it('asks for a tick before removing', () => {
		expect(parseWithMessages(removeLocalSchemeSchema, {}).success).toBe(false);
		expect(parseWithMessages(removeLocalSchemeSchema, { confirm: 'on' }).success).toBe(true);
	});
});
