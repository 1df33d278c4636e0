import { can, type Actor } from './auth/policies';
import type { Db } from './db';
import { insertMapOrganisation, insertService, mapIdsOf, wholeMap } from './db/repositories/socialMap';
import { withTransaction } from './db/transaction';
import { recordEvent } from './events/record';
import { mapToHsds, readHsds, type RecordReport } from './hsds/hsds';
import { fail, ok, type Fail, type NotFound, type Result } from './result';

/*
 * Exchange of the social map as Open Referral HSDS 3.0 JSON (issue #13 item 6; the mapping is in
 * hsds/hsds.ts). An import is all or nothing: every record valid, then one transaction.
 */

/** The organisation's whole map as an HSDS document; every member may take it along. */
export async function exportMap(db: Db, actor: Actor) {
	if (!can.readSocialMap(actor)) return fail('notFound');
	const { organisations, services } = await wholeMap(db, actor.organisationId);
	const hsdsId = new Map(organisations.map((o) => [o.id, o.externalId ?? o.id]));
	return ok(
		mapToHsds(
			organisations.map((o) => ({ id: hsdsId.get(o.id)!, name: o.name, description: o.description, website: o.website, email: o.email, phone: o.phone })),
			services.map((s) => ({ ...s, id: s.externalId ?? s.id, mapOrganisationId: hsdsId.get(s.mapOrganisationId)! }))
		)
	);
}

/** The longest file an import reads. */
export const importBytesMax = 5 * 1024 * 1024;

export type ImportResult =
	| Result<{ organisations: number; services: number; reports: RecordReport[] }>
	| Fail<'notJson'>
	| Fail<'notHsds'>
	| Fail<'empty'>
	| Fail<'invalid', { reports: RecordReport[] }>
	| NotFound;

/**
 * Imports an HSDS document into the coordinator's map. Every record is checked first and reported
 * on; one that fails leaves the whole file out, so nothing is ever half imported. The file's ids
 * are kept as the records' HSDS ids, so exporting again gives the same ids.
 */
export async function importMap(db: Db, actor: Actor, text: string, now: Date): Promise<ImportResult> {
	if (!can.editSocialMap(actor)) return fail('notFound');
	if (text.length > importBytesMax) return fail('notJson');
	let input: unknown;
	try {
		input = JSON.parse(text);
	} catch {
		return fail('notJson');
	}
	const organisationId = actor.organisationId;
	return withTransaction(db, async (tx): Promise<ImportResult> => {
		const parsed = readHsds(input, await mapIdsOf(tx, organisationId));
		if (!parsed.ok) {
			if (parsed.notHsds) return fail('notHsds');
			return parsed.reports.length ? fail('invalid', { reports: parsed.reports }) : fail('empty');
		}
		const newId = new Map<string, string>();
		for (const o of parsed.organisations) {
			const row = await insertMapOrganisation(tx, organisationId, { name: o.name, description: o.description, website: o.website, email: o.email, phone: o.phone, externalId: o.id });
			newId.set(o.id, row.id);
		}
		for (const s of parsed.services) {
			const { id, verifiedAt, mapOrganisationId, ...rest } = s;
			await insertService(tx, organisationId, {
				...rest,
				regionId: null,
				mapOrganisationId: newId.get(mapOrganisationId)!,
				externalId: id,
				verifiedAt: verifiedAt ?? now,
				verifiedBy: actor.userId
			});
		}
		const counts = { organisations: parsed.organisations.length, services: parsed.services.length };
		await recordEvent(tx, { organisationId, actorId: actor.userId, type: 'socialMap.imported', subject: organisationId, payload: counts });
		return ok({ ...counts, reports: parsed.reports });
	});
}
