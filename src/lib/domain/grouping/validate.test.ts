import { describe, expect, it } from 'vitest';
import { makeGroups, MAX_PARTICIPANTS, MAX_ROUNDS, type GroupingInput } from './index';
import { people } from './testFixtures';

const valid: GroupingInput = { participants: people(6, 2), rounds: [{ absent: [] }], groupSize: { min: 2, max: 3 } };

describe('makeGroups refuses input it cannot group as given', () => {
	it.each([
		['a maximum below the minimum', { groupSize: { min: 3, max: 2 } }, { code: 'maxBelowMin', min: 3, max: 2 }],
		['a minimum below one', { groupSize: { min: 0, max: 2 } }, { code: 'minBelowOne', min: 0 }],
		['sizes that are not whole', { groupSize: { min: 2, max: 2.5 } }, { code: 'groupSizeNotWhole', min: 2, max: 2.5 }],
		['a time budget of 0', { timeLimitMs: 0 }, { code: 'invalidTimeLimit', timeLimitMs: 0 }],
		['a negative time budget', { timeLimitMs: -5 }, { code: 'invalidTimeLimit', timeLimitMs: -5 }],
		['a time budget that is not a number', { timeLimitMs: Number.NaN }, { code: 'invalidTimeLimit', timeLimitMs: Number.NaN }],
		['a seed that is not whole', { seed: 1.5 }, { code: 'invalidSeed', seed: 1.5 }],
		['a duplicate participant', { participants: [...people(3), { id: 'p1', expert: true, domain: null }] }, { code: 'duplicateParticipant', id: 'p1' }],
		['an unknown absentee', { rounds: [{ absent: [] }, { absent: ['p9'] }] }, { code: 'unknownAbsent', round: 1, id: 'p9' }],
		['too many participants', { participants: people(MAX_PARTICIPANTS + 1) }, { code: 'tooManyParticipants', count: MAX_PARTICIPANTS + 1, max: MAX_PARTICIPANTS }],
		['too many rounds', { rounds: Array.from({ length: MAX_ROUNDS + 1 }, () => ({ absent: [] })) }, { code: 'tooManyRounds', count: MAX_ROUNDS + 1, max: MAX_ROUNDS }]
	] as const)('refuses %s', (_, change, error) => {
		expect(makeGroups({ ...valid, ...change })).toEqual({ ok: false, error });
	});
});

describe('makeGroups works around small mistakes and says so', () => {
	it('ignores a repeated absentee', () => {
		const outcome = makeGroups({ ...valid, rounds: [{ absent: ['p1', 'p1'] }] });
		expect(outcome.ok && outcome.result.notes).toContainEqual({ code: 'duplicateAbsent', round: 0, id: 'p1' });
		expect(outcome.ok && outcome.result.rounds[0]!.flat()).not.toContain('p1');
	});

	it('leaves unknown people out of history and notes people listed twice', () => {
		const history = [[['p0', 'p1', 'x'], ['p1', 'p2']]];
		const outcome = makeGroups({ ...valid, history });
		expect(outcome.ok && outcome.result.notes).toEqual(
			expect.arrayContaining([
				{ code: 'unknownInHistory', round: 0, id: 'x' },
				{ code: 'duplicateInHistory', round: 0, id: 'p1' }
			])
		);
		expect(outcome.ok && outcome.result.score.distinctPairs).toBeGreaterThanOrEqual(2);
	});
});
