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

export type { PeopleFilter, PersonInput };

export function peopleFor(db: Db, actor: Actor, filter: PeopleFilter) {
	allowOrNotFound(can.managePeople(actor));
	return listPeople(db, actor.organisationId, filter);
}

/** One person with the series they are in; another organisation's id looks like no id at all. */
export async function personFor(db: Db, actor: Actor, id: string) {
	const found = (await findPerson(db, actor.organisationId, id)) ?? notFound();
	allowOrNotFound(can.viewPerson(actor, found));
	return { person: found, series: await listSeriesOfPerson(db, actor.organisationId, id) };
}

export function createPerson(db: Db, actor: Actor, input: PersonInput): Promise<string> {
	allowOrNotFound(can.managePeople(actor));
	return insertPerson(db, actor.organisationId, input);
}

export async function changePerson(db: Db, actor: Actor, id: string, input: PersonInput): Promise<void> {
	const found = (await findPerson(db, actor.organisationId, id)) ?? notFound();
	allowOrNotFound(can.editPerson(actor, found));
	if (!(await updatePerson(db, actor.organisationId, id, input))) notFound();
}
