/** Roles within one organisation (issue #2): what a member may see and do there. */
export const memberRoles = ['coordinator', 'facilitator', 'stakeholder'] as const;
export type MemberRole = (typeof memberRoles)[number];
