import type { LiveCommandType, LiveStatus } from '../../domain/liveMeeting';
import type { ConsentEnd, ConsentPurpose, ConsentSource, MemberRole } from '../../domain/vocabularies';

/**
 * Every event the app records, with its payload (issue 9). A new event is a type error at every
 * `recordEvent` until it is named here. Payloads hold ids and counts only: never a name, a note or
 * a story, because the event table is read by the live channel, the timeline and the audit log.
 */
export interface EventMap {
	'series.participantsChanged': { added: number; removed: number };
	'meeting.attendanceSaved': { listed: number; present: number; absentWithNotice: number };
	'meeting.groupsMade': { groups: number; grouped: number; scope: 'meeting' | 'remaining' };
	'meeting.groupsSwapped': { moved: number };
	'meeting.groupsLocked': Record<string, never>;
	'meeting.groupsUnlocked': Record<string, never>;
	'meeting.runChanged': { command: LiveCommandType; partIndex: number; status: LiveStatus };
	/** `anonymous`: sent without a name; the event never has an actor (phones are not members). */
	'room.answerSent': { answerId: string; anonymous: boolean };
	'meeting.joinCodesOpened': { opened: number };
	'meeting.joinCodesClosed': { closed: number };
	'agenda.made': { parts: number };
	'agenda.partEdited': { partId: string };
	'agenda.questionChosen': { partId: string };
	'agenda.partMoved': { partId: string; position: number };
	'agenda.partAdded': { partId: string };
	'agenda.partRemoved': { partId: string };
	'agenda.fitted': { target: number; total: number };
	'agenda.restarted': { parts: number; own: boolean };
	'agenda.templateSaved': { parts: number };
	/** The subject is the template. */
	'agenda.templateRemoved': { parts: number };
	'capture.agreementAdded': { agreementId: string };
	'capture.agreementEdited': { agreementId: string };
	'capture.agreementRemoved': { agreementId: string };
	/** `anonymous`: the event then has no actor either. */
	'capture.changeWishAdded': { wishId: string; anonymous: boolean };
	/** Its words, level or theme; like the wish's own, the event has no actor when the wish is anonymous. */
	'capture.changeWishEdited': { wishId: string };
	'capture.changeWishRemoved': { wishId: string };
	'capture.homeworkAdded': { homeworkId: string };
	'capture.homeworkEdited': { homeworkId: string };
	'capture.homeworkRemoved': { homeworkId: string };
	/** Never with an actor: the story's teller is not recorded. */
	'capture.signalAdded': { signalId: string };
	/** Never with an actor either. */
	'capture.signalEdited': { signalId: string };
	'capture.signalRemoved': { signalId: string };
	'capture.noteAdded': { noteId: string };
	'capture.noteEdited': { noteId: string };
	'capture.noteRemoved': { noteId: string };
	'capture.photoAdded': { photoId: string };
	'capture.photoRemoved': { photoId: string };
	/** How many of the three questions have an answer. */
	'capture.debriefSaved': { filled: number };
	'invitation.sent': { invitationId: string };
	/** The subject is the membership; `userId` lets every instance forget the account's cached identity. */
	'member.roleChanged': { userId: string; from: MemberRole; to: MemberRole };
	'member.removed': { userId: string; role: MemberRole; sessionsEnded: number };
	/** A new password through a "forgot password" link; every session of the account ended. */
	'account.passwordReset': { userId: string; sessionsEnded: number };
	'participantLink.issued': { linkId: string; personId: string };
	'participantLink.revoked': { linkId: string; personId: string };
	'activityFormat.added': Record<string, never>;
	'activityFormat.changed': Record<string, never>;
	'activityFormat.removed': Record<string, never>;
	/** An organisation's own local scheme for the funds finder (the subject). */
	'localScheme.added': Record<string, never>;
	'localScheme.changed': Record<string, never>;
	'localScheme.removed': Record<string, never>;
	/** With everything that hung from it; the counts of what went. */
	'series.deleted': { meetings: number; captured: number; photos: number };
	'region.deleted': Record<string, never>;
	/** The region's plan (the subject is the region): its words saved; whether an organiser is chosen. */
	'regionPlan.saved': { organiserChosen: boolean };
	/** The plan's timeline saved: how many steps are done, how many have a date of their own. */
	'regionPlan.timelineSaved': { done: number; adjusted: number };
	'regionPartner.added': { partnerId: string };
	'regionPartner.changed': { partnerId: string };
	'regionPartner.removed': { partnerId: string };
	/** A person added or their details saved (the subject); which details is not said, only that they changed. */
	'person.added': Record<string, never>;
	'person.changed': Record<string, never>;
	/** A coordinator exported what the app holds about a person (the subject); as a file or a page. */
	'person.exported': { format: 'json' | 'page' };
	/** Counts of what the erasure touched, never what it was. */
	/** The daily retention job, for the organisation (the subject): how many people it anonymised, how many old mails it removed. */
	'retention.anonymised': { people: number; mails: number; signups: number };
	/** A coordinator kept the data of a series' people longer (the subject is the series). */
	'retention.postponed': { months: number };
	/** The social map (issue #13): a service, its subject; never its texts. */
	'mapService.added': { mapOrganisationId: string };
	'mapService.changed': Record<string, never>;
	'mapService.verified': Record<string, never>;
	/** An HSDS import into the organisation (the subject): how many of each it added. */
	'socialMap.imported': { organisations: number; services: number };
	/** A warm handover (the subject): the service, never the resident or the contact's name. */
	'handover.recorded': { serviceId: string };
	'handover.closed': Record<string, never>;
	/** A region's quickscan got a new round (the subject is the region): its number and how many themes are not yet in place. */
	'quickscan.roundSaved': { round: number; stillToDo: number };
	/** An entry of the inventory of what is already there (the subject); `similar`: how many entries it looked like when added. */
	'programme.added': { similar: number };
	'programme.changed': Record<string, never>;
	'programme.removed': Record<string, never>;
	/** A stakeholder of a region (the subject is the stakeholder). */
	'stakeholder.added': Record<string, never>;
	'stakeholder.changed': Record<string, never>;
	'stakeholder.removed': Record<string, never>;
	/** The daily job drafted updates for the organisation (the subject): how many. */
	'stakeholderUpdate.drafted': { updates: number };
	/** A coordinator sent or set aside a drafted update (the subject is the update). */
	'stakeholderUpdate.sent': { stakeholderId: string };
	'stakeholderUpdate.dismissed': { stakeholderId: string };
	'person.erased': { series: number; wishes: number; answers: number; links: number; invitations: number; mails: number; events: number };
	/** Consent recorded for a person (the subject); `by: 'person'` when they gave it themselves online. */
	'consent.given': { purposes: ConsentPurpose[]; how: ConsentSource; by: 'member' | 'person' };
	/** Consent ended for a person (the subject); the details it covered were cleared in the same transaction. */
	'consent.withdrawn': { purposes: ConsentPurpose[]; how: ConsentEnd; by: 'member' | 'person' };
	/** A region's budget saved (the subject is the region): no amounts, the event table is read widely. */
	'budget.saved': Record<string, never>;
	/** A funding source of a region (the subject is the region); its id only, never the funder's name or the amount. */
	'funding.added': { sourceId: string };
	'funding.changed': { sourceId: string };
	'funding.removed': { sourceId: string };
	/** A reminder about a funding source's deadline or report went to the coordinators: to how many. */
	'funding.reminded': { sourceId: string; about: 'deadline' | 'report'; recipients: number };
	/** The public sign-up of a series (the subject) opened or closed by a member (issue #12 item 7). */
	'signup.opened': Record<string, never>;
	'signup.closed': Record<string, never>;
	/** Someone signed up on the public page (no actor); the subject is the series. */
	'signup.received': { signupId: string; mail: boolean };
	/** A member accepted a sign-up into the series (the subject): the person made from it. */
	'signup.accepted': { signupId: string; personId: string };
	'signup.declined': { signupId: string; mail: boolean };
	/** The expenses arrangement of a series (the subject) was written down or changed. */
	'series.expensesChanged': Record<string, never>;
}

export type EventType = keyof EventMap;

/** What a use-case records; the id and the time come from the database. */
export type NewEvent = {
	[K in EventType]: {
		organisationId: string;
		/** The user who acted, or null for the system (a job, a script). */
		actorId: string | null;
		type: K;
		/** The meeting, series, … it is about; the live channel's topic. */
		subject: string;
		payload: EventMap[K];
	};
}[EventType];

/** A recorded event as the live channel carries it. */
export interface RecordedEvent {
	id: number;
	organisationId: string;
	type: EventType;
	subject: string;
	occurredAt: string;
	payload: EventMap[EventType];
}

/** The one PostgreSQL NOTIFY channel; the topic is in the message. */
export const eventChannel = 'sd_event';
