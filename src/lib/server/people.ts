import type { Snapshot } from '../domain/changes';
import { can, type Actor } from './auth/policies';
import type { Db } from './db';
import {
	findPerson,
	insertPerson,
	listPeople,
	listSeriesOfPerson,
	updatePerson,
	type PeopleFilter,
	type PersonInput
} from './db/repositories/people';
import { allowOrNotFound, notFound } from './guard';
import { afterConflict, versionToken, type Based, type Saved } from './versioning';

export type { PeopleFilter, PersonInput };

export function peopleFor(db: Db, actor: Actor, filter: PeopleFilter) {
	allowOrNotFound(can.managePeople(actor));
	return listPeople(db, actor.organisationId, filter);
}

/** One person with the series they are in; another organisation's id looks like no id at all. */
export async function personFor(db: Db, actor: Actor, id: string) {
	const found = (await findPerson(db, actor.organisationId, id)) ?? notFound();
	allowOrNotFound(can.viewPerson(actor, found));
	return {
		person: found,
		series: await listSeriesOfPerson(db, actor.organisationId, id),
		version: versionToken(found.version, personSnapshot(found))
	};
}

export function createPerson(db: Db, actor: Actor, input: PersonInput): Promise<string> {
	allowOrNotFound(can.managePeople(actor));
	return insertPerson(db, actor.organisationId, input);
}

/** A person as the edit form shows them, keyed by the form's field names. */
function personSnapshot(p: PersonInput): Snapshot {
	return {
		name: p.name,
		background: p.background,
		affiliation: p.affiliation ?? '',
		domain: p.domain ?? '',
		livedExperience: String(p.livedExperience),
		experienceExpert: String(p.experienceExpert),
		leadsGroups: String(p.leadsGroups),
		email: p.email ?? '',
		phone: p.phone ?? ''
	};
}

/** Saves over the version the form was opened with; a newer save by someone else is never overwritten. */
export async function changePerson(db: Db, actor: Actor, id: string, based: Based, input: PersonInput): Promise<Saved> {
	const found = (await findPerson(db, actor.organisationId, id)) ?? notFound();
	allowOrNotFound(can.editPerson(actor, found));
	if ((await updatePerson(db, actor.organisationId, id, based.version, input)) !== null) return { ok: true, value: {} };
	const current = (await findPerson(db, actor.organisationId, id)) ?? notFound();
	return afterConflict(based, personSnapshot(current), personSnapshot(input));
}
