import { describe, expect, it } from 'vitest';
import { leavesNoCoordinator } from './members';

describe('the last coordinator', () => {
	it('cannot be demoted or removed', () => {
		expect(leavesNoCoordinator(1, 'coordinator', 'facilitator')).toBe(true);
		expect(leavesNoCoordinator(1, 'coordinator', null)).toBe(true);
	});

	it('may stay a coordinator, and another coordinator may go', () => {
		expect(leavesNoCoordinator(1, 'coordinator', 'coordinator')).toBe(false);
		expect(leavesNoCoordinator(2, 'coordinator', 'stakeholder')).toBe(false);
		expect(leavesNoCoordinator(2, 'coordinator', null)).toBe(false);
	});

	it('does not concern members of other roles', () => {
		expect(leavesNoCoordinator(1, 'facilitator', null)).toBe(false);
		expect(leavesNoCoordinator(1, 'stakeholder', 'coordinator')).toBe(false);
	});
});
