import { describe, expect, it } from 'vitest';
import * as m from '$lib/paraglide/messages.js';
import { ownFormatDetailKeys } from '$lib/domain/activityFormats';
import { limits } from '$lib/domain/limits';
import { fieldErrors, parseWithMessages } from '$lib/server/forms';
import { ownFormatConstraints, ownFormatSchema, readGroupFormFilter, removeFormatSchema } from './schema';

const minimal = { name: ' Wandelgesprek ', purpose: 'Praten tijdens het lopen.', minutes: '20', groupForm: 'pairsOrThrees', steps: 'Maak tweetallen.' };

const errorsFor = (input: Record<string, unknown>) => {
	const parsed = parseWithMessages(ownFormatSchema, input);
	return parsed.success ? {} : fieldErrors(parsed.error);
};

describe('own activity format form', () => {
	it('reads every key of an own format, and lists one item a line without empty lines', () => {
		const parsed = parseWithMessages(ownFormatSchema, { ...minimal, steps: ' Een \r\n\r\nTwee\n', maxGroupSize: '4', materials: '', prompts: 'Vraag?' });
		expect(parsed.success && parsed.data).toEqual({
			name: 'Wandelgesprek',
			purpose: 'Praten tijdens het lopen.',
			minutes: 20,
			groupForm: 'pairsOrThrees',
			maxGroupSize: 4,
			steps: ['Een', 'Twee'],
			materials: [],
			prompts: ['Vraag?'],
			onlineVariant: null
		});
		expect(Object.keys(ownFormatSchema.shape).sort()).toEqual([...ownFormatDetailKeys].sort());
	});

	it('leaves an empty largest group out, and refuses one outside two to five', () => {
		const parsed = parseWithMessages(ownFormatSchema, { ...minimal, maxGroupSize: ' ' });
		expect(parsed.success && parsed.data.maxGroupSize).toBeNull();
		expect(errorsFor({ ...minimal, maxGroupSize: '6' })).toEqual({ maxGroupSize: m.validation_number_range({ min: 2, max: 5 }) });
		expect(errorsFor({ ...minimal, maxGroupSize: 'vijf' })).toEqual({ maxGroupSize: m.validation_number_range({ min: 2, max: 5 }) });
	});

	it('says what is wrong with each field in our own words', () => {
		expect(errorsFor({ ...minimal, steps: '\n \n', minutes: '0', groupForm: 'dancing', name: '' })).toEqual({
			name: m.validation_required(),
			minutes: m.validation_number_range({ min: 1, max: limits.formatMinutesMax }),
			groupForm: m.validation_choice(),
			steps: m.formats_steps_required()
		});
		expect(errorsFor({ ...minimal, steps: 'x'.repeat(limits.formatLineMax + 1) })).toEqual({
			steps: m.formats_line_too_long({ max: limits.formatLineMax })
		});
		expect(errorsFor({ ...minimal, materials: Array.from({ length: limits.formatLinesMax + 1 }, (_, i) => `ding ${i}`).join('\n') })).toEqual({
			materials: m.formats_too_many_lines({ max: limits.formatLinesMax })
		});
	});

	it('gives the page the limits of its fields', () => {
		expect(ownFormatConstraints.name).toEqual({ required: true, maxlength: limits.nameMax });
		expect(ownFormatConstraints.minutes).toMatchObject({ required: true, min: 1, max: limits.formatMinutesMax });
	});

	it('removes only after the box is ticked', () => {
		expect(parseWithMessages(removeFormatSchema, { confirm: 'on' }).success).toBe(true);
		const parsed = parseWithMessages(removeFormatSchema, {});
		expect(parsed.success ? {} : fieldErrors(parsed.error)).toEqual({ confirm: m.formats_remove_confirm_missing() });
	});

	it('reads the filter from the address bar, anything odd as all group forms', () => {
		expect(readGroupFormFilter(new URL('http://x/formats?groupForm=smallGroups'))).toBe('smallGroups');
		expect(readGroupFormFilter(new URL('http://x/formats?groupForm=<script>'))).toBeNull();
		expect(readGroupFormFilter(new URL('http://x/formats'))).toBeNull();
	});
});
