import { describe, expect, it } from 'vitest';
import { auditedSubject, auditOperations, auditPurposes, purposeOf } from './audit';

describe('the audit log vocabulary', () => {
	it('gives every operation a purpose from the fixed list', () => {
		for (const operation of auditOperations) expect(auditPurposes).toContain(purposeOf(operation));
	});

	it("takes a change's person from the subject, or from a link's payload; a view or another event is no change", () => {
		const personId = '6a1d7b6e-0000-4000-8000-000000000001';
		const seriesId = '6a1d7b6e-0000-4000-8000-000000000002';
		expect(auditedSubject('person.changed', personId, {})).toEqual({ operation: 'person.changed', personId });
		expect(auditedSubject('participantLink.issued', seriesId, { linkId: 'x', personId })).toEqual({ operation: 'participantLink.issued', personId });
		expect(auditedSubject('person.viewed', personId, {})).toBeNull();
		expect(auditedSubject('meeting.groupsMade', seriesId, { personId })).toBeNull();
	});
});
