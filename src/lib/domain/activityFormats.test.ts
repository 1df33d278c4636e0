import { describe, expect, it } from 'vitest';
import { settleOwnFormat, type OwnFormatDetails } from './activityFormats';

const details: OwnFormatDetails = {
	name: 'Wandelgesprek',
	purpose: 'Praten terwijl u loopt.',
	minutes: 20,
	groupForm: 'pairsOrThrees',
	maxGroupSize: 4,
	materials: [],
	steps: ['Loop een rondje.'],
	prompts: [],
	onlineVariant: null
};

describe('settling an own activity format', () => {
	it('drops a largest group where the format is not in small groups', () => {
		expect(settleOwnFormat(details)).toEqual({ ok: true, details: { ...details, maxGroupSize: null } });
	});

	it('keeps the largest group of a format in small groups', () => {
		const small = { ...details, groupForm: 'smallGroups' as const };
		expect(settleOwnFormat(small)).toEqual({ ok: true, details: small });
	});

	it('refuses small groups without a largest group', () => {
		expect(settleOwnFormat({ ...details, groupForm: 'smallGroups', maxGroupSize: null })).toEqual({ ok: false, refusal: 'groupSizeMissing' });
	});
});
