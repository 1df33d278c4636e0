import { describe, expect, it } from 'vitest';
import { scoreGrouping } from './score';
import { people } from './testFixtures';

describe('scoreGrouping', () => {
	const participants = people(6, 2, ['zorg', 'school', null]);

	it('counts distinct pairs with history, groups without an expert and same-work-field pairs', () => {
		const history = [[['p0', 'p1'], ['p2', 'p3', 'p4', 'p5']]];
		const rounds = [[['p0', 'p3', 'p1'], ['p2', 'p4', 'p5']]];
		// history 1 + 6 pairs; the plan adds p0–p3 and p1–p3; p3 and p0 are both 'zorg'
		expect(scoreGrouping(participants, history, rounds)).toEqual({
			distinctPairs: 9,
			groupsWithoutExpert: 1,
			workFieldClashes: 1
		});
	});

	it('follows a swap made by hand', () => {
		const before = scoreGrouping(participants, [], [[['p0', 'p2', 'p4'], ['p1', 'p3', 'p5']]]);
		const after = scoreGrouping(participants, [], [[['p0', 'p3', 'p4'], ['p1', 'p2', 'p5']]]);
		expect(before.workFieldClashes).toBe(0);
		expect(after.workFieldClashes).toBe(1);
		expect(after.distinctPairs).toBe(before.distinctPairs);
	});

	it('leaves out unknown ids and counts a person listed twice once', () => {
		const score = scoreGrouping(participants, [], [[['p0', 'p0', 'x'], ['p1']]]);
		expect(score).toEqual({ distinctPairs: 0, groupsWithoutExpert: 0, workFieldClashes: 0 });
	});
});
