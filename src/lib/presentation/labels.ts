import * as m from '$lib/paraglide/messages.js';
import type { ChangeLevel, ConsentEnd, ConsentPurpose, ConsentSource, MemberRole, NoteVisibility, SignalKind } from '$lib/domain/vocabularies';
import type { Background, GroupForm, WorkField, RegionKind, SeriesKind, SeriesMode } from '$lib/domain/vocabularies';
import type { ProgrammeKind, ReadinessStatus, StakeholderKind, UpdateFrequency } from '$lib/domain/vocabularies';
import { isAuditOperation, isAuditPurpose, type AuditOperation, type AuditPurpose } from '$lib/domain/audit';
import type { AgendaPartKind } from '$lib/content/meetingSkeleton';
import type { TemplateUse } from '$lib/content/meetingTemplates';

/** Code values to words, in the reader's language. */
export const roleLabel = (role: MemberRole): string =>
	({ coordinator: m.role_coordinator(), facilitator: m.role_facilitator(), stakeholder: m.role_stakeholder() })[role];

export const regionKindLabel = (kind: RegionKind): string =>
	({
		neighbourhood: m.region_kind_neighbourhood(),
		village: m.region_kind_village(),
		city: m.region_kind_city(),
		municipality: m.region_kind_municipality()
	})[kind];

export const seriesKindLabel = (kind: SeriesKind): string =>
	({
		ontmoetingen: m.series_kind_ontmoetingen(),
		actionLearning: m.series_kind_actionLearning(),
		professionalNetwork: m.series_kind_professionalNetwork()
	})[kind];

export const seriesKindHint = (kind: SeriesKind): string =>
	({
		ontmoetingen: m.series_kind_ontmoetingen_hint(),
		actionLearning: m.series_kind_actionLearning_hint(),
		professionalNetwork: m.series_kind_professionalNetwork_hint()
	})[kind];

export const seriesModeLabel = (mode: SeriesMode): string =>
	({ onLocation: m.series_mode_onLocation(), online: m.series_mode_online() })[mode];

export const backgroundLabel = (background: Background): string =>
	({
		resident: m.background_resident(),
		professional: m.background_professional(),
		volunteer: m.background_volunteer(),
		civilServant: m.background_civilServant(),
		manager: m.background_manager(),
		student: m.background_student()
	})[background];

export const workFieldLabel = (workField: WorkField): string =>
	({
		debtHelp: m.workField_debtHelp(),
		youth: m.workField_youth(),
		education: m.workField_education(),
		housing: m.workField_housing(),
		health: m.workField_health(),
		socialWork: m.workField_socialWork(),
		municipality: m.workField_municipality(),
		faithCommunity: m.workField_faithCommunity(),
		other: m.workField_other()
	})[workField];

export const groupFormLabel = (groupForm: GroupForm): string =>
	({
		plenary: m.groupForm_plenary(),
		pairsOrThrees: m.groupForm_pairsOrThrees(),
		smallGroups: m.groupForm_smallGroups(),
		individual: m.groupForm_individual()
	})[groupForm];
export const changeLevelLabel = (level: ChangeLevel): string =>
	({ person: m.capture_level_person(), organisation: m.capture_level_organisation(), society: m.capture_level_society() })[level];

export const noteVisibilityLabel = (visibility: NoteVisibility): string =>
	({
		facilitators: m.capture_visibility_facilitators(),
		group: m.capture_visibility_group(),
		organisation: m.capture_visibility_organisation()
	})[visibility];

export const signalKindLabel = (kind: SignalKind): string =>
	({ signal: m.capture_signal_kind_signal(), selfStigma: m.capture_signal_kind_selfStigma() })[kind];

export const agendaPartKindLabel = (kind: AgendaPartKind): string =>
	({
		welcome: m.agenda_kind_welcome(),
		checkIn: m.agenda_kind_checkIn(),
		lookBack: m.agenda_kind_lookBack(),
		groupAgreements: m.agenda_kind_groupAgreements(),
		deepDive: m.agenda_kind_deepDive(),
		roundOff: m.agenda_kind_roundOff(),
		checkOut: m.agenda_kind_checkOut(),
		introductions: m.agenda_kind_introductions(),
		break: m.agenda_kind_break()
	})[kind];

/** Which meetings an agenda template is for, e.g. "Ontmoetingen, bijeenkomst 2". */
export function templateUseLabel(use: TemplateUse): string {
	const kind = seriesKindLabel(use.kind);
	if ('deciding' in use) return m.templates_for_deciding({ kind });
	if ('meeting' in use) return m.templates_for_meeting({ kind, number: use.meeting });
	return use.from === 1 ? m.templates_for_every({ kind }) : m.templates_for_from({ kind, number: use.from });
}

/** What happened, as a person's export lists it: the kinds that name a person in words, any other by its code. */
export function personEventLabel(type: string): string {
	const named: Record<string, () => string> = {
		'participantLink.issued': m.privacy_event_linkIssued,
		'participantLink.revoked': m.privacy_event_linkRevoked,
		'person.exported': m.privacy_event_exported,
		'person.erased': m.privacy_event_erased,
		'consent.given': m.privacy_event_consentGiven,
		'consent.withdrawn': m.privacy_event_consentWithdrawn
	};
	return named[type]?.() ?? m.privacy_event_other({ type });
}

/** An audit entry's operation in words; a code this version does not know (a newer one wrote it) as itself. */
export function auditOperationLabel(operation: string): string {
	const named: Record<AuditOperation, () => string> = {
		'person.viewed': m.audit_op_person_viewed,
		'seriesPeople.viewed': m.audit_op_seriesPeople_viewed,
		'person.added': m.audit_op_person_added,
		'person.changed': m.audit_op_person_changed,
		'person.exported': m.audit_op_person_exported,
		'person.erased': m.audit_op_person_erased,
		'participantLink.issued': m.audit_op_participantLink_issued,
		'participantLink.revoked': m.audit_op_participantLink_revoked,
		'consent.given': m.audit_op_consent_given,
		'consent.withdrawn': m.audit_op_consent_withdrawn
	};
	return isAuditOperation(operation) ? named[operation]() : operation;
}

export function auditPurposeLabel(purpose: string): string {
	const named: Record<AuditPurpose, () => string> = {
		peopleAdministration: m.audit_purpose_peopleAdministration,
		seriesPreparation: m.audit_purpose_seriesPreparation,
		subjectRequest: m.audit_purpose_subjectRequest,
		consentRegister: m.audit_purpose_consentRegister
	};
	return isAuditPurpose(purpose) ? named[purpose]() : purpose;
}

/** What a consent is for, short (a heading) and explained (what we do with the data). */
export const consentPurposeLabel = (purpose: ConsentPurpose): string =>
	({ takingPart: m.consent_purpose_takingPart(), contact: m.consent_purpose_contact(), composition: m.consent_purpose_composition() })[purpose];

export const consentPurposeExplained = (purpose: ConsentPurpose): string =>
	({
		takingPart: m.consent_purpose_takingPart_explained(),
		contact: m.consent_purpose_contact_explained(),
		composition: m.consent_purpose_composition_explained()
	})[purpose];

/** How a consent was given or ended, as it reads after "given on …," ("in person"). */
export const consentHowLabel = (how: ConsentSource | ConsentEnd): string =>
	({
		spoken: m.consent_source_spoken(),
		paper: m.consent_source_paper(),
		email: m.consent_source_email(),
		online: m.consent_source_online(),
		beforeRegister: m.consent_source_beforeRegister(),
		erasure: m.consent_end_erasure()
	})[how];

export const readinessLabel = (status: ReadinessStatus | null): string =>
	status === null
		? m.quickscan_status_unanswered()
		: { inPlace: m.quickscan_status_inPlace(), partly: m.quickscan_status_partly(), toDo: m.quickscan_status_toDo() }[status];

export const programmeKindLabel = (kind: ProgrammeKind): string =>
	({ programme: m.inventory_kind_programme(), project: m.inventory_kind_project(), consultationTable: m.inventory_kind_consultationTable() })[kind];

export const stakeholderKindLabel = (kind: StakeholderKind): string =>
	({ manager: m.stakeholder_kind_manager(), civilServant: m.stakeholder_kind_civilServant() })[kind];

export const updateFrequencyLabel = (frequency: UpdateFrequency): string =>
	({
		afterEveryMeeting: m.stakeholder_frequency_afterEveryMeeting(),
		monthly: m.stakeholder_frequency_monthly(),
		endOfSeries: m.stakeholder_frequency_endOfSeries()
	})[frequency];
