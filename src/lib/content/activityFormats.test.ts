import { describe, expect, it } from 'vitest';
import { activityFormat, activityFormats } from './activityFormats';
import { activityFormatIds } from './meetingScript';

const lists = ['materials', 'steps', 'prompts'] as const;

describe('the built-in activity formats', () => {
	it('has exactly one format for every id, and none without an id', () => {
		for (const id of activityFormatIds) expect(activityFormats.filter((format) => format.id === id)).toHaveLength(1);
		expect(activityFormats).toHaveLength(activityFormatIds.length);
	});

	it('finds a format by its id', () => {
		for (const id of activityFormatIds) expect(activityFormat(id).id).toBe(id);
	});

	it.each(activityFormats)('$id takes whole minutes, more than none', (format) => {
		expect(Number.isInteger(format.minutes)).toBe(true);
		expect(format.minutes).toBeGreaterThan(0);
	});

	it.each(activityFormats)('$id in small groups says how small: at most five', (format) => {
		if (format.groupForm === 'smallGroups') {
			expect(format.maxGroupSize).toBeGreaterThanOrEqual(2);
			expect(format.maxGroupSize).toBeLessThanOrEqual(5);
		} else {
			expect(format.maxGroupSize).toBeUndefined();
		}
	});

	it.each(activityFormats)('$id has as many Dutch as English items in each list', (format) => {
		for (const key of lists) {
			const list = format[key];
			if (list) expect(list.nl.length, key).toBe(list.en.length);
		}
	});

	it.each(activityFormats)('$id names its source', (format) => {
		expect(format.source).toMatch(/^seed 00[0-4]/);
	});

	it('hands out sentence starters for sentence completion, and reads at most five of them out', () => {
		const format = activityFormat('sentenceCompletion');
		expect(format.prompts?.nl.length).toBeGreaterThan(5);
		expect(format.prompts?.nl.every((starter) => starter.endsWith('…'))).toBe(true);
		expect(format.steps.nl.some((step) => /hoogstens vijf/.test(step))).toBe(true);
		expect(format.steps.en.some((step) => /at most five/.test(step))).toBe(true);
	});

	it('asks the four status questions in the owners\' round', () => {
		expect(activityFormat('ownerRound').prompts?.en).toHaveLength(4);
	});
});
