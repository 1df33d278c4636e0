import { describe, expect, it } from 'vitest';
import { workFieldClashFloor, upperBound } from './bound';
import { buildProblem } from './problem';
import { golfers, people, series } from './testFixtures';
import type { GroupingInput } from './types';

const bound = (input: GroupingInput) => upperBound(buildProblem(input).problem);

describe('upperBound', () => {
	it.each([
		[3, 3, 4, 36],
		[5, 3, 7, 105],
		[4, 4, 5, 120],
		[8, 4, 10, 480],
		[8, 4, 11, 496],
		[3, 3, 6, 36]
	])('is the perfect count for %i groups of %i over %i rounds', (groups, size, rounds, pairs) => {
		expect(bound(golfers(groups, size, rounds))).toBe(pairs);
	});

	it('adds the pairs already met and leaves no room to meet them again', () => {
		const history = [[['g0', 'g1', 'g2'], ['g3', 'g4', 'g5'], ['g6', 'g7', 'g8']]];
		expect(bound({ ...golfers(3, 3, 1), history })).toBe(9 + 9);
		expect(bound({ ...golfers(3, 3, 4), history })).toBe(36);
	});

	it('counts only rounds someone attends, with the people present', () => {
		const input: GroupingInput = {
			participants: people(4),
			rounds: [{ absent: ['p3'] }, { absent: ['p3'] }],
			groupSize: { min: 3, max: 3 }
		};
		expect(bound(input)).toBe(3);
	});

	it('keeps experts apart when there are no more experts than groups', () => {
		const pairs = series(people(8, 4), 7, 2, 2);
		expect(bound(pairs)).toBe(16);
		const threes = series(people(9, 3), 4, 3, 3);
		expect(bound(threes)).toBe(36 - 3);
		const moreExperts = { ...threes, participants: people(9, 4) };
		expect(bound(moreExperts)).toBe(36);
	});
});

describe('workFieldClashFloor', () => {
	it('spreads each work field evenly over the groups', () => {
		const input = series(people(9, 0, ['a', 'a', 'b', null]), 1, 3, 3);
		// five of work field a over three groups: 2 + 2 + 1, so at least one clash in each of two groups
		expect(workFieldClashFloor(buildProblem(input).problem)).toBe(2);
	});
});
