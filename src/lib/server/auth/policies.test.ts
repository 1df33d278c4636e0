import { describe, expect, it } from 'vitest';
import { noteVisibilities, type NoteVisibility } from '../../domain/vocabularies';
import { can, joinedCan, participantCan, type Actor, type JoinedViewer, type ParticipantActor } from './policies';

const actor = (role: Actor['role'], ledSeriesIds: string[] = []): Actor => ({
	userId: 'u1',
	name: 'Sam',
	email: 'sam@example.org',
	organisationId: 'org-a',
	role,
	personId: null,
	ledSeriesIds
});
const own = { id: 's1', organisationId: 'org-a' };
const foreign = { id: 's2', organisationId: 'org-b' };

describe('policies', () => {
	it('never lets anyone see or change a series of another organisation', () => {
		for (const role of ['coordinator', 'facilitator', 'stakeholder'] as const) {
			const a = actor(role, ['s2']);
			expect(can.viewSeries(a, foreign)).toBe(false);
			expect(can.editSeries(a, foreign)).toBe(false);
			expect(can.viewSeriesPeople(a, foreign)).toBe(false);
			const stranger = { ...foreign, createdBy: 'u1', seriesIds: ['s2'] };
			expect(can.viewPerson(a, stranger)).toBe(false);
			expect(can.editPerson(a, stranger)).toBe(false);
		}
	});

	it('lets a coordinator do everything in their own organisation', () => {
		const a = actor('coordinator');
		expect(can.manageOrganisation(a)).toBe(true);
		expect(can.readOutbox(a)).toBe(true);
		expect(can.createSeries(a)).toBe(true);
		expect(can.editSeries(a, own)).toBe(true);
		expect(can.viewSeriesPeople(a, own)).toBe(true);
	});

	it('leaves preparing a region to its own coordinators (issue #12)', () => {
		const region = { organisationId: own.organisationId };
		const foreignRegion = { organisationId: foreign.organisationId };
		expect(can.prepareRegion(actor('coordinator'), region)).toBe(true);
		expect(can.manageStakeholders(actor('coordinator'), region)).toBe(true);
		expect(can.manageInventory(actor('coordinator'))).toBe(true);
		expect(can.prepareRegion(actor('coordinator'), foreignRegion)).toBe(false);
		expect(can.manageStakeholders(actor('coordinator'), foreignRegion)).toBe(false);
		for (const role of ['facilitator', 'stakeholder'] as const) {
			expect(can.prepareRegion(actor(role, ['s1']), region)).toBe(false);
			expect(can.manageStakeholders(actor(role, ['s1']), region)).toBe(false);
			expect(can.manageInventory(actor(role, ['s1']))).toBe(false);
		}
	});

	it('lets a facilitator see and edit only the series they lead', () => {
		expect(can.viewSeries(actor('facilitator', ['s1']), own)).toBe(true);
		expect(can.editSeries(actor('facilitator', ['s1']), own)).toBe(true);
		expect(can.viewSeries(actor('facilitator'), own)).toBe(false);
		expect(can.createSeries(actor('facilitator'))).toBe(false);
		expect(can.readOutbox(actor('facilitator'))).toBe(false);
	});

	it('shows a stakeholder outcomes but never people', () => {
		const a = actor('stakeholder');
		expect(can.viewSeries(a, own)).toBe(true);
		expect(can.viewSeriesPeople(a, own)).toBe(false);
		expect(can.editSeries(a, own)).toBe(false);
		expect(can.managePeople(a)).toBe(false);
		expect(can.viewPerson(a, { ...own, createdBy: 'u1', seriesIds: [] })).toBe(false);
	});

	it('lets a facilitator reach only the people of series they lead, themselves, and their unplaced recruits', () => {
		const lead = { ...actor('facilitator', ['s1']), personId: 'me' };
		const person = (id: string, seriesIds: string[], createdBy: string | null = null) => ({ id, organisationId: 'org-a', createdBy, seriesIds });
		expect(can.editPerson(lead, person('p1', ['s1']))).toBe(true);
		expect(can.editPerson(lead, person('p2', ['s2', 's1']))).toBe(true);
		expect(can.viewPerson(lead, person('p3', ['s2']))).toBe(false);
		expect(can.editPerson(lead, person('p3', ['s2']))).toBe(false);
		expect(can.editPerson(lead, person('me', []))).toBe(true);
		expect(can.editPerson(lead, person('new', [], 'u1'))).toBe(true);
		// Once placed in someone else's series, a recruit belongs to that series.
		expect(can.editPerson(lead, person('new', ['s2'], 'u1'))).toBe(false);
		expect(can.editPerson(lead, person('other', [], 'u2'))).toBe(false);
		expect(can.editPerson(actor('coordinator'), person('p3', ['s2']))).toBe(true);
	});

	it('lets every member read the knowledge base', () => {
		for (const role of ['coordinator', 'facilitator', 'stakeholder'] as const) expect(can.readKnowledge(actor(role))).toBe(true);
	});

	it('lets every member read the activity formats, and coordinators and facilitators add and edit them', () => {
		for (const role of ['coordinator', 'facilitator'] as const) {
			expect(can.viewActivityFormats(actor(role))).toBe(true);
			expect(can.addActivityFormat(actor(role))).toBe(true);
			expect(can.editActivityFormat(actor(role), own)).toBe(true);
		}
		expect(can.viewActivityFormats(actor('stakeholder'))).toBe(true);
		expect(can.addActivityFormat(actor('stakeholder'))).toBe(false);
		expect(can.editActivityFormat(actor('stakeholder'), own)).toBe(false);
	});

	it('lets every member use the funds finder, and only coordinators keep local schemes, of their own organisation', () => {
		for (const role of ['coordinator', 'facilitator', 'stakeholder'] as const) {
			expect(can.useFundFinder(actor(role))).toBe(true);
			expect(can.editLocalScheme(actor(role), foreign)).toBe(false);
		}
		expect(can.addLocalScheme(actor('coordinator'))).toBe(true);
		expect(can.editLocalScheme(actor('coordinator'), own)).toBe(true);
		for (const role of ['facilitator', 'stakeholder'] as const) {
			expect(can.addLocalScheme(actor(role))).toBe(false);
			expect(can.editLocalScheme(actor(role), own)).toBe(false);
		}
	});

	it("never lets anyone change another organisation's activity format", () => {
		for (const role of ['coordinator', 'facilitator', 'stakeholder'] as const) expect(can.editActivityFormat(actor(role), foreign)).toBe(false);
	});

	it('lets coordinators and facilitators see and remove their own organisation’s agenda templates, never a stakeholder or another organisation', () => {
		for (const role of ['coordinator', 'facilitator'] as const) {
			expect(can.viewAgendaTemplates(actor(role))).toBe(true);
			expect(can.removeAgendaTemplate(actor(role), own)).toBe(true);
			expect(can.removeAgendaTemplate(actor(role), foreign)).toBe(false);
		}
		expect(can.viewAgendaTemplates(actor('stakeholder'))).toBe(false);
		expect(can.removeAgendaTemplate(actor('stakeholder'), own)).toBe(false);
	});

	describe('a participant with a personal link', () => {
		const participant: ParticipantActor = { kind: 'participant', organisationId: 'org-a', personId: 'p1', seriesIds: ['s1'] };

		it('sees their own series only', () => {
			expect(participantCan.viewSeries(participant, own)).toBe(true);
			expect(participantCan.viewSeries(participant, { id: 's3', organisationId: 'org-a' })).toBe(false);
			// The same series id in another organisation is still not theirs.
			expect(participantCan.viewSeries(participant, { id: 's1', organisationId: 'org-b' })).toBe(false);
			expect(participantCan.viewSeries({ ...participant, seriesIds: [] }, own)).toBe(false);
		});

		it('sees only themselves, never another person', () => {
			expect(participantCan.viewPerson(participant, { id: 'p1', organisationId: 'org-a' })).toBe(true);
			expect(participantCan.viewPerson(participant, { id: 'p2', organisationId: 'org-a' })).toBe(false);
			expect(participantCan.viewPerson(participant, { id: 'p1', organisationId: 'org-b' })).toBe(false);
		});
	});

	describe('a device that joined with a code', () => {
		const screen: JoinedViewer = { kind: 'joined', purpose: 'projector', organisationId: 'org-a', seriesId: 's1', meetingId: 'm1', joinCodeId: 'c1' };

		it('sees the one meeting its code opened', () => {
			expect(joinedCan.viewMeeting(screen, { id: 'm1', organisationId: 'org-a' })).toBe(true);
			expect(joinedCan.viewMeeting(screen, { id: 'm2', organisationId: 'org-a' })).toBe(false);
			expect(joinedCan.viewMeeting(screen, { id: 'm1', organisationId: 'org-b' })).toBe(false);
		});
	});

	describe('notes', () => {
		const participant = (seriesIds: string[], organisationId = 'org-a'): ParticipantActor => ({ kind: 'participant', organisationId, personId: 'p1', seriesIds });
		const readers = {
			facilitatorOfSeries: (v: NoteVisibility) => can.readNote(actor('facilitator', ['s1']), own, { visibility: v }),
			otherFacilitator: (v: NoteVisibility) => can.readNote(actor('facilitator', ['s9']), own, { visibility: v }),
			coordinator: (v: NoteVisibility) => can.readNote(actor('coordinator'), own, { visibility: v }),
			stakeholder: (v: NoteVisibility) => can.readNote(actor('stakeholder'), own, { visibility: v }),
			participant: (v: NoteVisibility) => participantCan.readNote(participant(['s1']), own, { visibility: v }),
			participantElsewhere: (v: NoteVisibility) => participantCan.readNote(participant(['s9']), own, { visibility: v }),
			otherOrganisation: (v: NoteVisibility) => can.readNote({ ...actor('facilitator', ['s1']), organisationId: 'org-b' }, own, { visibility: v }),
			foreignCoordinator: (v: NoteVisibility) => can.readNote({ ...actor('coordinator'), organisationId: 'org-b' }, own, { visibility: v })
		};
		const expected: Record<keyof typeof readers, NoteVisibility[]> = {
			facilitatorOfSeries: ['facilitators', 'group', 'organisation'],
			otherFacilitator: ['organisation'],
			coordinator: ['organisation'],
			stakeholder: [],
			participant: ['group', 'organisation'],
			participantElsewhere: [],
			otherOrganisation: [],
			foreignCoordinator: []
		};
		it.each(Object.keys(readers) as (keyof typeof readers)[])('%s reads exactly the notes its visibility allows', (who) => {
			for (const v of noteVisibilities) expect(readers[who](v), `${who} / ${v}`).toBe(expected[who].includes(v));
		});
		it('lets the author or a facilitator of the series edit a note, nobody else', () => {
			const mine = { visibility: 'organisation' as const, authorId: 'u1' };
			const theirs = { visibility: 'organisation' as const, authorId: 'u2' };
			expect(can.editNote(actor('coordinator'), own, mine)).toBe(true);
			expect(can.editNote(actor('coordinator'), own, theirs)).toBe(false);
			expect(can.editNote(actor('facilitator', ['s1']), own, theirs)).toBe(true);
			expect(can.editNote(actor('facilitator', ['s9']), own, theirs)).toBe(false);
			// An author who can no longer read it (a coordinator's note made facilitators-only) cannot edit it.
			expect(can.editNote(actor('coordinator'), own, { ...mine, visibility: 'facilitators' })).toBe(false);
		});
		it('keeps the debrief to the series facilitators', () => {
			expect(can.debrief(actor('facilitator', ['s1']), own)).toBe(true);
			expect(can.debrief(actor('coordinator'), own)).toBe(false);
			expect(can.debrief(actor('facilitator', ['s1']), foreign)).toBe(false);
		});
	});
});
