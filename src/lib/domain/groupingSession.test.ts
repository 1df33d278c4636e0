import { describe, expect, it } from 'vitest';
import { makeGroups } from './grouping';
import {
	attendanceMismatch,
	groupSizeChoiceFor,
	groupSizeChoiceForForm,
	groupSizeChoices,
	groupsOf,
	heldGroups,
	meetingScore,
	membersOf,
	planSwap,
	seedFor,
	shortNames
} from './groupingSession';

const participants = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => ({ id, expert: i < 2, workField: i % 2 ? 'youth' : 'housing' }));

describe('group size choice', () => {
	it('keeps the saved choice and otherwise follows the kind of series', () => {
		expect(groupSizeChoiceFor('ontmoetingen', 3, 5)).toBe('threeToFive');
		expect(groupSizeChoiceFor('ontmoetingen', null, null)).toBe('pairsOrThrees');
		expect(groupSizeChoiceFor('professionalNetwork', null, null)).toBe('threeToFive');
		expect(groupSizeChoiceFor('actionLearning', 4, 9)).toBe('pairsOrThrees');
	});

	it('fits a format’s group form: pairs or threes as they are, groups of at most five as three to five, none for the others', () => {
		expect(groupSizeChoiceForForm('pairsOrThrees')).toBe('pairsOrThrees');
		expect(groupSizeChoices[groupSizeChoiceForForm('smallGroups')!]).toEqual({ min: 3, max: 5 });
		expect(groupSizeChoiceForForm('plenary')).toBeNull();
		expect(groupSizeChoiceForForm('individual')).toBeNull();
	});
});

describe('seedFor', () => {
	it('is a stable safe integer per meeting id', () => {
		const id = '0f9c2f1e-7b7a-4c55-9a3e-2d7a1c0b9e11';
		expect(seedFor(id)).toBe(seedFor(id));
		expect(Number.isSafeInteger(seedFor(id))).toBe(true);
		expect(seedFor(id)).not.toBe(seedFor('1f9c2f1e-7b7a-4c55-9a3e-2d7a1c0b9e11'));
		expect(seedFor('00000000-0000-0000-0000-000000000000')).toBe(1);
	});
});

describe('groupsOf and membersOf', () => {
	it('round-trips, ordering groups by number', () => {
		const groups = [['a', 'b'], ['c', 'd', 'e']];
		expect(groupsOf(membersOf(groups))).toEqual(groups);
		expect(groupsOf([{ personId: 'x', groupNumber: 7 }, { personId: 'y', groupNumber: 2 }])).toEqual([['y'], ['x']]);
	});
});

describe('planSwap', () => {
	const members = membersOf([['a', 'b'], ['c', 'd']]);

	it('exchanges the groups of two people', () => {
		expect(planSwap(members, 'a', 'd')).toEqual({
			ok: true,
			changes: [
				{ personId: 'a', groupNumber: 2 },
				{ personId: 'd', groupNumber: 1 }
			]
		});
	});

	it('refuses the same person, someone without a group, and two of one group', () => {
		expect(planSwap(members, 'a', 'a')).toEqual({ ok: false, code: 'samePerson' });
		expect(planSwap(members, 'a', 'z')).toEqual({ ok: false, code: 'notGrouped' });
		expect(planSwap(members, 'c', 'd')).toEqual({ ok: false, code: 'sameGroup' });
	});
});

describe('attendanceMismatch', () => {
	it('names who is present without a group and who is grouped but not present', () => {
		expect(attendanceMismatch([['a', 'b'], ['c']], ['a', 'c', 'd'])).toEqual({ ungrouped: ['d'], notPresent: ['b'] });
		expect(attendanceMismatch([], [])).toEqual({ ungrouped: [], notPresent: [] });
	});

	it('names nobody while there are no groups yet, whoever is present', () => {
		expect(attendanceMismatch([], ['a', 'b', 'c'])).toEqual({ ungrouped: [], notPresent: [] });
		expect(attendanceMismatch([[]], ['a'])).toEqual({ ungrouped: [], notPresent: [] });
	});
});

describe('heldGroups', () => {
	it('leaves out who was absent, so their pairs do not count as met', () => {
		const locked = [['a', 'b', 'c'], ['d', 'e']];
		expect(heldGroups(locked, new Set(['b', 'd']))).toEqual([['a', 'c'], ['e']]);
		expect(heldGroups(locked, new Set(['d', 'e']))).toEqual([['a', 'b', 'c']]);
		expect(heldGroups(locked, new Set())).toEqual(locked);
	});

	it('changes the score of a later meeting: an absent person still has everyone to meet', () => {
		const groupSize = { min: 2, max: 3 };
		const locked = [['a', 'b', 'c'], ['d', 'e', 'f']];
		const next = [['a', 'd'], ['b', 'e'], ['c', 'f']];
		const counted = meetingScore({ participants, history: [locked], groups: next, absent: [], groupSize });
		const held = meetingScore({ participants, history: [heldGroups(locked, new Set(['a']))], groups: next, absent: [], groupSize });
		expect(counted.score.distinctPairs).toBe(9);
		expect(held.score.distinctPairs).toBe(7);
	});
});

describe('meetingScore', () => {
	const groupSize = { min: 2, max: 3 };

	it('agrees with the engine for the groups it made', () => {
		const history = [[['a', 'c', 'e'], ['b', 'd', 'f']]];
		const outcome = makeGroups({ participants, rounds: [{ absent: [] }], history, groupSize, seed: 7 });
		if (!outcome.ok) throw new Error(outcome.error.code);
		const groups = outcome.result.rounds[0]!;
		expect(meetingScore({ participants, history, groups, absent: [], groupSize }).score).toEqual(outcome.result.score);
	});

	it('scores swapped groups afresh and keeps the bound', () => {
		const before = meetingScore({ participants, history: [], groups: [['a', 'c', 'e'], ['b', 'd', 'f']], absent: [], groupSize });
		const after = meetingScore({ participants, history: [], groups: [['c', 'e', 'f'], ['a', 'b', 'd']], absent: [], groupSize });
		expect(before.score).toMatchObject({ distinctPairs: 6, groupsWithoutExpert: 0, workFieldClashes: 6 });
		expect(after.score).toMatchObject({ distinctPairs: 6, groupsWithoutExpert: 1, workFieldClashes: 2 });
		expect(after.score.upperBound).toBe(before.score.upperBound);
	});

	it('passes on the engine notes and ignores people who left the series', () => {
		const { notes, score } = meetingScore({
			participants: participants.slice(2),
			history: [[['a', 'c']]],
			groups: [['c', 'd', 'gone']],
			absent: ['e', 'f', 'gone'],
			groupSize
		});
		expect(notes).toEqual([{ code: 'noExperts' }]);
		expect(score.distinctPairs).toBe(1);
	});
});

describe('shortNames', () => {
	it('uses first names, with an initial only where two present share one', () => {
		const names = shortNames([
			{ id: '1', name: 'Fatima El Amrani' },
			{ id: '2', name: 'Fatima Bakker' },
			{ id: '3', name: 'Joost de Vries' },
			{ id: '4', name: 'Sanne' },
			{ id: '5', name: '  ' }
		]);
		expect([...names.values()]).toEqual(['Fatima A.', 'Fatima B.', 'Joost', 'Sanne', '  ']);
	});
});
