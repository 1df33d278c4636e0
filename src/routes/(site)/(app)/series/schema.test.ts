import { describe, expect, it } from 'vitest';
import { fieldErrors, parseWithMessages } from '$lib/server/forms';
import { newSeriesSchema } from './schema';

const valid = {
	name: 'Ontmoetingen Oost',
	kind: 'ontmoetingen',
	mode: 'onLocation',
	regionId: '',
	partnerOrganisations: 'Welzijn Oost\n\n welzijn oost \nGemeente',
	startDate: '2027-03-02',
	startTime: '10:00',
	intervalDays: '14',
	durationMinutes: '120',
	count: '4',
	location: 'Buurthuis De Brug',
	onlineLink: ''
};

describe('new series form', () => {
	it('accepts a complete form and cleans it up', () => {
		const parsed = parseWithMessages(newSeriesSchema, valid);
		expect(parsed.success).toBe(true);
		if (!parsed.success) return;
		expect(parsed.data.regionId).toBeNull();
		expect(parsed.data.partnerOrganisations).toEqual(['Welzijn Oost', 'welzijn oost', 'Gemeente']);
		expect(parsed.data.includeDecidingMeeting).toBe(false);
		expect(parsed.data.onlineLink).toBeNull();
	});

	it('explains each mistake next to its field', () => {
		const parsed = parseWithMessages(newSeriesSchema, {
			...valid,
			name: '',
			kind: 'weekly',
			regionId: 'not-an-id',
			startDate: '02-03-2027',
			durationMinutes: '10',
			count: '40',
			onlineLink: 'javascript:alert(1)'
		});
		expect(parsed.success).toBe(false);
		if (parsed.success) return;
		const errors = fieldErrors(parsed.error);
		expect(Object.keys(errors).sort()).toEqual(['count', 'durationMinutes', 'kind', 'name', 'onlineLink', 'regionId', 'startDate']);
		expect(errors.regionId).toMatch(/bestaat niet/);
		expect(errors.onlineLink).toMatch(/https:\/\//);
	});
});
