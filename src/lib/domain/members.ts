import type { MemberRole } from './vocabularies';

/**
 * Whether changing one member's role (to `next`, or removing them with null) would leave the
 * organisation without a coordinator: someone must always be able to manage it (issue 11).
 * `coordinators` counts the organisation's coordinators before the change.
 */
export function leavesNoCoordinator(coordinators: number, current: MemberRole, next: MemberRole | null): boolean {
	return current === 'coordinator' && next !== 'coordinator' && coordinators <= 1;
}
