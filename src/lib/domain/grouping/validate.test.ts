import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeGroups, MAX_PARTICIPANTS, MAX_ROUNDS, type GroupingInput } from './index';
import { people, series } from './testFixtures';

const valid: GroupingInput = series(people(6, 2), 1, 2, 3);

describe('makeGroups refuses input it cannot group as given', () => {
	const limit = MAX_PARTICIPANTS;
	const many = limit + 1;
	const longSeries = Array.from({ length: MAX_ROUNDS + 1 }, () => ({ absent: [] }));
	const typo = [{ absent: [] }, { absent: ['p9'] }];
	const twice = [...people(3), { id: 'p1', expert: true, workField: null }];
	it.each([
		['max < min', { groupSize: { min: 3, max: 2 } }, { code: 'maxBelowMin', min: 3, max: 2 }],
		['min < 1', { groupSize: { min: 0, max: 2 } }, { code: 'minBelowOne', min: 0 }],
		['broken sizes', { groupSize: { min: 2, max: 2.5 } }, { code: 'groupSizeNotWhole', min: 2, max: 2.5 }],
		['a time budget of 0', { timeLimitMs: 0 }, { code: 'invalidTimeLimit', timeLimitMs: 0 }],
		['a negative time budget', { timeLimitMs: -5 }, { code: 'invalidTimeLimit', timeLimitMs: -5 }],
		['NaN as time budget', { timeLimitMs: NaN }, { code: 'invalidTimeLimit', timeLimitMs: NaN }],
		['a broken seed', { seed: 1.5 }, { code: 'invalidSeed', seed: 1.5 }],
		['a duplicate participant', { participants: twice }, { code: 'duplicateParticipant', id: 'p1' }],
		['an unknown absentee', { rounds: typo }, { code: 'unknownAbsent', round: 1, id: 'p9' }],
		['too many people', { participants: people(many) }, { code: 'tooManyParticipants', count: many, max: limit }],
		['too many rounds', { rounds: longSeries }, { code: 'tooManyRounds', count: MAX_ROUNDS + 1, max: MAX_ROUNDS }]
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

describe('makeGroups on arbitrary data', () => {
	it('never throws: it groups or refuses', () => {
		const id = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', '');
		fc.assert(
			fc.property(
				fc.array(fc.record({ id, expert: fc.boolean(), workField: fc.option(fc.constantFrom('x', 'y')) })),
				fc.array(fc.record({ absent: fc.array(id) }), { maxLength: 4 }),
				fc.array(fc.array(fc.array(id)), { maxLength: 3 }),
				fc.record({ min: fc.double({ min: -2, max: 6 }), max: fc.integer({ min: -2, max: 6 }) }),
				fc.option(fc.double()),
				fc.option(fc.integer()),
				(participants, rounds, history, groupSize, timeLimitMs, seed) => {
					const options = { ...(timeLimitMs === null ? {} : { timeLimitMs }), ...(seed === null ? {} : { seed }) };
					const outcome = makeGroups({ participants, rounds, history, groupSize, ...options });
					expect(typeof outcome.ok).toBe('boolean');
				}
			),
			{ numRuns: 300 }
		);
	});
});
