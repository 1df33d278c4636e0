import { describe, expect, it } from 'vitest';
import { seriesKinds } from '../domain/vocabularies';
import { activityFormatIds, meetingTemplateIds, type MeetingTemplate, type PartTemplate } from './meetingScript';
import { meetingTemplates, templateFor, templateUses } from './meetingTemplates';
import type { AgendaPartKind } from './meetingSkeleton';

const templates = Object.values(meetingTemplates);
const total = (parts: PartTemplate[]) => parts.reduce((sum, part) => sum + part.minutes, 0);
const ofKind = (template: MeetingTemplate, kind: AgendaPartKind) => template.parts.filter((part) => part.kind === kind);

// Both languages having every text, and lists of equal length, is content.test.ts's check for all content.
describe('meetingTemplates', () => {
	it('holds one template per id, under its own id', () => {
		expect(Object.keys(meetingTemplates).sort()).toEqual([...meetingTemplateIds].sort());
		for (const [id, template] of Object.entries(meetingTemplates)) expect(template.id).toBe(id);
	});

	it.each(templates)('$id: is for the meetings `templateFor` gives it to', (template) => {
		const use = templateUses[template.id];
		if ('deciding' in use) {
			expect(templateFor(use.kind, 5, true)).toBe(template.id);
		} else if ('meeting' in use) {
			expect(templateFor(use.kind, use.meeting, false)).toBe(template.id);
			expect(templateFor(use.kind, use.meeting + 1, false)).not.toBe(template.id);
		} else {
			for (const number of [use.from, use.from + 7]) expect(templateFor(use.kind, number, false)).toBe(template.id);
			if (use.from > 1) expect(templateFor(use.kind, use.from - 1, false)).not.toBe(template.id);
		}
	});

	it.each(templates)('$id: the parts add up to the stated length', (template) => {
		expect(total(template.parts)).toBe(template.minutes);
	});

	it.each(templates)('$id: every part lies within its own bounds, and at least 1 minute', (template) => {
		for (const part of template.parts) {
			expect(part.shortest, part.key).toBeGreaterThanOrEqual(1);
			expect(part.shortest, part.key).toBeLessThanOrEqual(part.minutes);
			expect(part.minutes, part.key).toBeLessThanOrEqual(part.longest);
		}
	});

	// Issue #10 shortens meeting 1 to 90 minutes; seed 002 allows network sessions of 1.5 to 3 hours.
	it.each(templates)('$id: the trim can bring it down to 90 minutes', (template) => {
		expect(template.parts.reduce((sum, part) => sum + part.shortest, 0)).toBeLessThanOrEqual(90);
	});

	it.each([meetingTemplates.networkFirst, meetingTemplates.network])('$id: the trim can stretch it to 3 hours', (template) => {
		expect(template.parts.reduce((sum, part) => sum + part.longest, 0)).toBeGreaterThanOrEqual(180);
	});

	it.each(templates)('$id: part keys are unique', (template) => {
		const keys = template.parts.map((part) => part.key);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it.each(templates)('$id: every part but a welcome or break uses a format, all from the library', (template) => {
		for (const part of template.parts) {
			if (part.kind !== 'welcome' && part.kind !== 'break') expect(part.formats.length, part.key).toBeGreaterThan(0);
			for (const format of part.formats) expect(activityFormatIds, part.key).toContain(format);
		}
	});

	it.each(templates)('$id: offers at least three check-in and three check-out questions', (template) => {
		for (const questions of [template.checkInQuestions, template.checkOutQuestions]) {
			expect(questions.nl.length).toBeGreaterThanOrEqual(3);
			expect(questions.en.length).toBeGreaterThanOrEqual(3);
		}
	});

	it.each(templates)('$id: has exactly one check-in and one check-out, showing the first question', (template) => {
		const [checkIn, ...moreCheckIns] = ofKind(template, 'checkIn');
		const [checkOut, ...moreCheckOuts] = ofKind(template, 'checkOut');
		expect([moreCheckIns, moreCheckOuts]).toEqual([[], []]);
		expect(checkIn?.question?.nl).toBe(template.checkInQuestions.nl[0]);
		expect(checkOut?.question?.en).toBe(template.checkOutQuestions.en[0]);
	});

	it.each(templates)('$id: has goals and background reading', (template) => {
		expect(template.goals.nl.length).toBeGreaterThan(0);
		expect(template.background.length).toBeGreaterThan(0);
	});
});

// seed 000 §4, "De bijeenkomsten in het algemeen". The 75 minutes of the deep dive may be split
// over several parts, and in meeting 1 they also hold the name game and the introductions.
describe('the four Ontmoetingen follow the skeleton', () => {
	const ontmoetingen = [
		meetingTemplates.ontmoeting1,
		meetingTemplates.ontmoeting2,
		meetingTemplates.ontmoeting3,
		meetingTemplates.ontmoeting4
	];
	const skeletonKinds: AgendaPartKind[] = ['welcome', 'checkIn', 'lookBack', 'groupAgreements', 'roundOff', 'checkOut'];
	const minutesOf = (template: MeetingTemplate, kind: AgendaPartKind) => total(ofKind(template, kind));

	it.each(ontmoetingen)('$id: welcome 10, check-in 5–10, round-off 5, check-out 10', (template) => {
		expect(minutesOf(template, 'welcome')).toBe(10);
		expect(minutesOf(template, 'checkIn')).toBeGreaterThanOrEqual(5);
		expect(minutesOf(template, 'checkIn')).toBeLessThanOrEqual(10);
		expect(minutesOf(template, 'roundOff')).toBe(5);
		expect(minutesOf(template, 'checkOut')).toBe(10);
	});

	it.each(ontmoetingen)('$id: 75 minutes for the main block between the fixed parts', (template) => {
		const main = template.parts.filter((part) => !skeletonKinds.includes(part.kind));
		expect(total(main)).toBe(75);
		expect(main.some((part) => part.kind === 'deepDive')).toBe(true);
	});

	it('meeting 1 has no look-back and 15 minutes for making the agreements', () => {
		expect(ofKind(meetingTemplates.ontmoeting1, 'lookBack')).toEqual([]);
		expect(minutesOf(meetingTemplates.ontmoeting1, 'groupAgreements')).toBe(15);
	});

	it.each(ontmoetingen.slice(1))('$id: a look-back of 5 and at most 5 for the agreements', (template) => {
		expect(minutesOf(template, 'lookBack')).toBe(5);
		const [agreements] = ofKind(template, 'groupAgreements');
		expect(agreements?.minutes).toBeLessThanOrEqual(5);
		expect(agreements?.longest).toBeLessThanOrEqual(5);
	});

	it('the deciding, follow-up and open meetings keep the agreements at most 5 minutes too', () => {
		for (const template of [meetingTemplates.deciding, meetingTemplates.followUp, meetingTemplates.open]) {
			expect(minutesOf(template, 'groupAgreements'), template.id).toBeLessThanOrEqual(5);
		}
	});
});

// seed 002 "Kennismaken": personal introductions from the second session, at most 15 minutes.
describe('network sessions', () => {
	it('introduce people personally from the second session, for at most 15 minutes', () => {
		expect(ofKind(meetingTemplates.networkFirst, 'introductions')).toEqual([]);
		const [introductions] = ofKind(meetingTemplates.network, 'introductions');
		expect(introductions?.longest).toBeLessThanOrEqual(15);
		expect(introductions?.formats[0]).toBe('personalIntroductions');
	});

	it('last 150 minutes, within the 1.5 to 3 hours', () => {
		expect(meetingTemplates.networkFirst.minutes).toBe(150);
		expect(meetingTemplates.network.minutes).toBe(150);
	});
});

describe('templateFor', () => {
	it('gives the Ontmoetingen their own template, then the deciding or an open one', () => {
		expect([1, 2, 3, 4].map((n) => templateFor('ontmoetingen', n, false))).toEqual([
			'ontmoeting1',
			'ontmoeting2',
			'ontmoeting3',
			'ontmoeting4'
		]);
		expect(templateFor('ontmoetingen', 5, true)).toBe('deciding');
		expect(templateFor('ontmoetingen', 5, false)).toBe('open');
		expect(templateFor('ontmoetingen', 9, false)).toBe('open');
	});

	it('gives every meeting of an action-learning series the follow-up template', () => {
		expect([1, 2, 8].map((n) => templateFor('actionLearning', n, false))).toEqual(['followUp', 'followUp', 'followUp']);
	});

	it('gives a network its first session, then the regular one', () => {
		expect([1, 2, 5].map((n) => templateFor('professionalNetwork', n, false))).toEqual([
			'networkFirst',
			'network',
			'network'
		]);
	});

	it('answers for every kind and number with a template that exists', () => {
		for (const kind of seriesKinds) {
			for (const n of [1, 2, 3, 4, 5, 6, 12]) expect(meetingTemplates[templateFor(kind, n, false)]).toBeDefined();
		}
	});
});
