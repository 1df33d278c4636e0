import type { JoinCodePurpose, MemberRole, NoteVisibility } from '../../domain/vocabularies';

/** Who is asking, within the one organisation they act for. Built once per request in hooks. */
export interface Actor {
	userId: string;
	name: string;
	email: string;
	organisationId: string;
	role: MemberRole;
	/** The person record a coordinator linked to this member (or the invitation did); null until then. */
	personId: string | null;
	/** Series in which this member's linked person is one of the facilitators. */
	ledSeriesIds: readonly string[];
}

/**
 * Someone who opened their personal link (issue 9): no account, no member. Never in
 * `locals.actor`, so no member page or member predicate ever sees one.
 */
export interface ParticipantActor {
	kind: 'participant';
	organisationId: string;
	personId: string;
	/** The series their link belongs to, while they are still a participant in it. */
	seriesIds: readonly string[];
}

/**
 * A device that joined one meeting with a join code (issue #10): the room's screen or a phone in
 * the room. No account and no person: it sees what the room sees of that one meeting, nothing else.
 */
export interface JoinedViewer {
	kind: 'joined';
	purpose: JoinCodePurpose;
	organisationId: string;
	seriesId: string;
	meetingId: string;
	joinCodeId: string;
}

interface Owned {
	organisationId: string;
}

interface OwnedSeries extends Owned {
	id: string;
}

/** What a permission on a person needs to know: who added them and which series they are in. */
export interface OwnedPerson extends Owned {
	id: string;
	createdBy: string | null;
	seriesIds: readonly string[];
}

const sameOrganisation = (actor: Actor, thing: Owned) => actor.organisationId === thing.organisationId;
const isCoordinator = (actor: Actor) => actor.role === 'coordinator';
const leads = (actor: Actor, s: OwnedSeries) => actor.role === 'facilitator' && actor.ledSeriesIds.includes(s.id);

/**
 * A facilitator works with the people of the series they lead, with themselves, and with someone
 * they just added who is in no series yet (so a new recruit stays editable until placed). Once a
 * person is in a series only that series' facilitators and the coordinators may see them.
 */
const facilitatorReaches = (actor: Actor, p: OwnedPerson) =>
	actor.role === 'facilitator' &&
	(p.id === actor.personId ||
		p.seriesIds.some((id) => actor.ledSeriesIds.includes(id)) ||
		(p.createdBy === actor.userId && p.seriesIds.length === 0));

/** A note as a permission sees it: who may read it, and who wrote it. */
export interface NoteAccess {
	visibility: NoteVisibility;
	authorId: string | null;
}

/**
 * The visibilities widen step by step: facilitators only → also the group → also the organisation
 * (coordinators and every facilitator of it). Stakeholders never read notes: they see outcomes.
 */
const readsNote = (actor: Actor, s: OwnedSeries, n: Pick<NoteAccess, 'visibility'>) =>
	sameOrganisation(actor, s) &&
	actor.role !== 'stakeholder' &&
	(leads(actor, s) || n.visibility === 'organisation');

const reachesPerson = (actor: Actor, p: OwnedPerson) =>
	sameOrganisation(actor, p) && (isCoordinator(actor) || facilitatorReaches(actor, p));

/**
 * Every permission in one place, as predicates over plain data. Loads and actions call these and
 * answer 404 (not 403) on a miss, so nobody can probe which ids exist in another organisation.
 */
export const can = {
	manageOrganisation: isCoordinator,
	readOutbox: isCoordinator,
	readJobs: isCoordinator,
	/** Who will be anonymised soon: the names of people, for the one who answers for their data. */
	readRetention: isCoordinator,
	/** The audit log (issue #11): who saw or changed whose data is for the organisation's coordinators only. */
	readAuditLog: isCoordinator,
	manageMembers: isCoordinator,
	manageRegions: isCoordinator,
	/** The social map (issue #13): every member reads who does what; coordinators keep it current. */
	readSocialMap: (_actor: Actor) => true,
	editSocialMap: isCoordinator,
	/** A warm handover is a professional's or volunteer's act; stakeholders read the map only. */
	recordHandover: (actor: Actor) => actor.role !== 'stakeholder',
	/**
	 * A region's budget and funding (issue #12): the coordinators keep them; facilitators read them
	 * (they plan the hours they are paid for); stakeholders never see money, rates or funders.
	 */
	readRegionMoney: (actor: Actor) => actor.role !== 'stakeholder',
	editRegionMoney: isCoordinator,
	/** Who edits a series picks its region; stakeholders have nothing to pick, so no list either. */
	listRegions: (actor: Actor) => actor.role !== 'stakeholder',
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
	/** Deleting takes a series' whole record with it: the coordinators decide that, not its facilitators. */
	deleteSeries: (actor: Actor, s: Owned) => sameOrganisation(actor, s) && isCoordinator(actor),
	viewPerson: reachesPerson,
	editPerson: reachesPerson,
	/** Whoever may edit a person writes down the consent they gave or withdrew (issue #11). */
	recordConsent: reachesPerson,
	/**
	 * A person's data export and erasure (issue #11) are the organisation's duty to that person, so
	 * only its coordinators: a facilitator or stakeholder asks them.
	 */
	exportPerson: (actor: Actor, p: Owned) => sameOrganisation(actor, p) && isCoordinator(actor),
	erasePerson: (actor: Actor, p: Owned) => sameOrganisation(actor, p) && isCoordinator(actor),
	/** The format library is the approach's own knowledge: every member may read it. */
	viewActivityFormats: (_actor: Actor) => true,
	/**
	 * The knowledge base (working methods, signals as a conversation aid) is general knowledge of the
	 * approach, the same for every organisation and about no one: every member may read it.
	 */
	readKnowledge: (_actor: Actor) => true,
	/** Those who prepare meetings add formats; stakeholders read along. */
	addActivityFormat: (actor: Actor) => actor.role !== 'stakeholder',
	editActivityFormat: (actor: Actor, f: Owned) => sameOrganisation(actor, f) && actor.role !== 'stakeholder',
	/** The funds finder (issue #13): national funds and the organisation's local schemes, for every member; nothing about a child is kept. */
	useFundFinder: (_actor: Actor) => true,
	/** Local schemes are the organisation's shared knowledge of its municipality: its coordinators keep them, everyone reads them. */
	addLocalScheme: isCoordinator,
	editLocalScheme: (actor: Actor, s: Owned) => sameOrganisation(actor, s) && isCoordinator(actor),
	/**
	 * The organisation's own agenda templates: those who prepare meetings (coordinators and
	 * facilitators, who keep them from an agenda) see and remove them; stakeholders do not.
	 */
	viewAgendaTemplates: (actor: Actor) => actor.role !== 'stakeholder',
	removeAgendaTemplate: (actor: Actor, t: Owned) => sameOrganisation(actor, t) && actor.role !== 'stakeholder',
	/**
	 * Preparing a region (issue #12): the quickscan, the inventory of what is already there and the
	 * stakeholders to keep informed are the coordinators' work, like the region itself.
	 */
	prepareRegion: (actor: Actor, r: Owned) => sameOrganisation(actor, r) && isCoordinator(actor),
	manageInventory: isCoordinator,
	/** Who stakeholders are and the updates sent to them: names and e-mail addresses, for the coordinators. */
	manageStakeholders: (actor: Actor, r: Owned) => sameOrganisation(actor, r) && isCoordinator(actor),
	/** Agreements, change wishes, homework, signals, notes and photos of a meeting: who runs it. */
	captureMeeting: (actor: Actor, s: OwnedSeries) => sameOrganisation(actor, s) && (isCoordinator(actor) || leads(actor, s)),
	/** Checked on every note read, one note at a time. */
	readNote: readsNote,
	/** Its author (while they may still read it) or a facilitator of the series. */
	editNote: (actor: Actor, s: OwnedSeries, n: NoteAccess) =>
		readsNote(actor, s, n) && (leads(actor, s) || (n.authorId !== null && n.authorId === actor.userId)),
	/** The duo's own look-back: only the series' facilitators write and read it. */
	debrief: (actor: Actor, s: OwnedSeries) => sameOrganisation(actor, s) && leads(actor, s)
};

/** What a participant may see: their own series' participant pages, and only as themselves. */
export const participantCan = {
	viewSeries: (p: ParticipantActor, s: OwnedSeries) => p.organisationId === s.organisationId && p.seriesIds.includes(s.id),
	viewPerson: (p: ParticipantActor, person: Owned & { id: string }) => p.organisationId === person.organisationId && p.personId === person.id,
	/** Notes for the group (or wider) of their own series. */
	readNote: (p: ParticipantActor, s: OwnedSeries, n: Pick<NoteAccess, 'visibility'>) =>
		p.organisationId === s.organisationId && p.seriesIds.includes(s.id) && n.visibility !== 'facilitators'
};

/** What a joined device may see: the one meeting its code opened, in that organisation. */
export const joinedCan = {
	viewMeeting: (v: JoinedViewer, m: Owned & { id: string }) => v.organisationId === m.organisationId && v.meetingId === m.id
};
