import type { MemberRole } from '../../domain/roles';

/** Who is asking, within the one organisation they act for. Built once per request in hooks. */
export interface Actor {
	userId: string;
	name: string;
	email: string;
	organisationId: string;
	role: MemberRole;
	/** Series in which this member is one of the facilitators (matched on e-mail address). */
	ledSeriesIds: readonly string[];
}

interface Owned {
	organisationId: string;
}

interface OwnedSeries extends Owned {
	id: string;
}

const sameOrganisation = (actor: Actor, thing: Owned) => actor.organisationId === thing.organisationId;
const isCoordinator = (actor: Actor) => actor.role === 'coordinator';
const leads = (actor: Actor, s: OwnedSeries) => actor.role === 'facilitator' && actor.ledSeriesIds.includes(s.id);

/**
 * Every permission in one place, as predicates over plain data. Loads and actions call these and
 * answer 404 (not 403) on a miss, so nobody can probe which ids exist in another organisation.
 */
export const can = {
	manageOrganisation: isCoordinator,
	readOutbox: isCoordinator,
	readJobs: isCoordinator,
	manageMembers: isCoordinator,
	manageRegions: isCoordinator,
	/** Facilitators recruit too, so they may add people; stakeholders never see people. */
	managePeople: (actor: Actor) => actor.role !== 'stakeholder',
	createSeries: isCoordinator,
	listSeries: (_actor: Actor) => true,
	viewSeries: (actor: Actor, s: OwnedSeries) =>
		sameOrganisation(actor, s) && (isCoordinator(actor) || actor.role === 'stakeholder' || leads(actor, s)),
	/** Stakeholders see outcomes only: counts and dates, never who takes part. */
	viewSeriesPeople: (actor: Actor, s: OwnedSeries) =>
		sameOrganisation(actor, s) && (isCoordinator(actor) || leads(actor, s)),
	editSeries: (actor: Actor, s: OwnedSeries) =>
		sameOrganisation(actor, s) && (isCoordinator(actor) || leads(actor, s)),
	viewPerson: (actor: Actor, p: Owned) => sameOrganisation(actor, p) && actor.role !== 'stakeholder',
	editPerson: (actor: Actor, p: Owned) => sameOrganisation(actor, p) && actor.role !== 'stakeholder'
};
