import { describe, expect, it } from 'vitest';
import {
	isWorkingMethodId,
	methodsInGroup,
	methodsReferringTo,
	workingMethod,
	workingMethodGroups,
	workingMethodIds,
	workingMethods
} from './workingMethods';

describe('working methods (seed 004 part 2)', () => {
	it('has the fourteen methods, each id once, in the order of the ids', () => {
		expect(workingMethods).toHaveLength(14);
		expect(workingMethods.map((m) => m.id)).toEqual([...workingMethodIds]);
	});

	it('puts them in the guide’s three groups: 3 signalling, 6 supporting, 5 stimulating', () => {
		expect(workingMethodGroups).toEqual(['signalling', 'supporting', 'stimulating']);
		expect(workingMethodGroups.map((g) => methodsInGroup(g).length)).toEqual([3, 6, 5]);
		expect(methodsInGroup('signalling').map((m) => m.id)).toEqual(['buildingRelationship', 'recognisingAndDiscussing', 'socialEnvironment']);
		expect(methodsInGroup('stimulating').map((m) => m.id)).toEqual(['financialEducation', 'healthyLifestyle', 'resilience', 'extraLearning', 'participation']);
	});

	it.each(workingMethods)('$id has what, why, how, working together and preconditions in both languages', (method) => {
		for (const locale of ['nl', 'en'] as const) {
			expect(method.name[locale].trim()).not.toBe('');
			expect(method.what[locale].trim()).not.toBe('');
			expect(method.why[locale].length).toBeGreaterThan(0);
			expect(method.together[locale].trim()).not.toBe('');
			expect(method.preconditions[locale].trim()).not.toBe('');
		}
		expect(method.how.length).toBeGreaterThanOrEqual(2);
		for (const group of method.how) {
			expect(group.practices.nl.length).toBeGreaterThan(0);
			expect(group.practices.nl).toHaveLength(group.practices.en.length);
		}
	});

	it.each(workingMethods)('$id links only to other methods that exist, each once', (method) => {
		for (const id of method.related) expect(isWorkingMethodId(id)).toBe(true);
		expect(method.related).not.toContain(method.id);
		expect(new Set(method.related).size).toBe(method.related.length);
		for (const group of method.relatedGroups) expect(workingMethodGroups).toContain(group);
	});

	it('keeps the links the guide makes', () => {
		expect(workingMethod('buildingRelationship').related).toEqual(['socialEnvironment', 'integralSupport']);
		expect(workingMethod('debtSupport').related).toEqual(['financialSelfReliance']);
		expect(workingMethod('recognisingAndDiscussing').signals).toBe(true);
		expect(methodsReferringTo('socialEnvironment')).toEqual(['buildingRelationship', 'parentingSupport']);
	});

	it('has names unique in each language', () => {
		for (const locale of ['nl', 'en'] as const) {
			const names = workingMethods.map((m) => m.name[locale]);
			expect(new Set(names).size).toBe(names.length);
		}
	});

	it('knows an id from anything else', () => {
		expect(isWorkingMethodId('resilience')).toBe(true);
		expect(isWorkingMethodId('toString')).toBe(false);
		expect(isWorkingMethodId('')).toBe(false);
	});
});
