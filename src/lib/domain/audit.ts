/*
 * The audit log (issue #11 item 4): who viewed or changed a person's data, when and why. Shaped
 * after the Dutch standard "Logboek Dataverwerkingen": each entry is one processing operation with
 * a trace id (one per request), the operation's name, the processing activity (here: the purpose)
 * and the data subject (a person id). Ids only: an entry never holds a name, an e-mail or a phone,
 * so erasing a person never has to touch the log.
 */

/** Every operation on a person's data the log records: reading (`…Viewed`) and changing. */
export const auditOperations = [
	'person.viewed',
	'seriesPeople.viewed',
	'person.added',
	'person.changed',
	'person.exported',
	'person.erased',
	'participantLink.issued',
	'participantLink.revoked',
	'consent.given',
	'consent.withdrawn'
] as const;
export type AuditOperation = (typeof auditOperations)[number];

/**
 * Why the data was processed: the processing activities of the register ("verwerkingsregister"),
 * one per operation, so a reader never has to guess and nobody has to type a reason.
 */
export const auditPurposes = ['peopleAdministration', 'seriesPreparation', 'subjectRequest', 'consentRegister'] as const;
export type AuditPurpose = (typeof auditPurposes)[number];

const purposes: Record<AuditOperation, AuditPurpose> = {
	'person.viewed': 'peopleAdministration',
	// The series' people page shows everyone's traits (lived experience among them) to choose the group.
	'seriesPeople.viewed': 'seriesPreparation',
	'person.added': 'peopleAdministration',
	'person.changed': 'peopleAdministration',
	// Export and erasure are what a person asks for under the AVG (articles 15, 17 and 20).
	'person.exported': 'subjectRequest',
	'person.erased': 'subjectRequest',
	// A personal link is made and handed over to bring someone to the series' meetings.
	'participantLink.issued': 'seriesPreparation',
	'participantLink.revoked': 'seriesPreparation',
	// Keeping the register of what a person agreed to is a duty of its own (AVG article 7).
	'consent.given': 'consentRegister',
	'consent.withdrawn': 'consentRegister'
};

export const purposeOf = (operation: AuditOperation): AuditPurpose => purposes[operation];

export const isAuditPurpose = (code: string): code is AuditPurpose => (auditPurposes as readonly string[]).includes(code);

export const isAuditOperation = (type: string): type is AuditOperation => (auditOperations as readonly string[]).includes(type);

/**
 * The person a recorded change is about: the event's subject for `person.*`, the payload's person
 * for a personal link (whose subject is the series). Null: the event is not about a person's data.
 */
export function auditedSubject(type: string, subject: string, payload: unknown): { operation: AuditOperation; personId: string } | null {
	if (!isAuditOperation(type) || type.endsWith('.viewed')) return null;
	if (type.startsWith('person.') || type.startsWith('consent.')) return { operation: type, personId: subject };
	const personId = (payload as { personId?: unknown }).personId;
	return typeof personId === 'string' ? { operation: type, personId } : null;
}

/** One page of the coordinator's log. */
export const auditPageSize = 50;
