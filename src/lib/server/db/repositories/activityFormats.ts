import { and, asc, eq } from 'drizzle-orm';
import type { OwnFormatDetails } from '../../../domain/activityFormats';
import type { GroupForm } from '../../../domain/vocabularies';
import type { Db } from '../client';
import { activityFormat } from '../schema';
import { claimVersion } from './versions';

/** An organisation's own formats, by name; only one group form when `groupForm` is given. */
export const listActivityFormats = (db: Db, organisationId: string, groupForm: GroupForm | null = null) =>
	db
		.select()
		.from(activityFormat)
		.where(and(eq(activityFormat.organisationId, organisationId), groupForm ? eq(activityFormat.groupForm, groupForm) : undefined))
		.orderBy(asc(activityFormat.name), asc(activityFormat.id));

export async function findActivityFormat(db: Db, organisationId: string, id: string) {
	const rows = await db
		.select()
		.from(activityFormat)
		.where(and(eq(activityFormat.organisationId, organisationId), eq(activityFormat.id, id)));
	return rows[0] ?? null;
}

export async function insertActivityFormat(db: Db, organisationId: string, input: OwnFormatDetails, createdBy: string): Promise<string> {
	const [row] = await db.insert(activityFormat).values({ organisationId, ...input, createdBy }).returning({ id: activityFormat.id });
	return row!.id;
}

/** Saves `input` only over version `expected` (`claimVersion`); the new version, or null. */
export function updateActivityFormat(db: Db, organisationId: string, id: string, expected: number, input: OwnFormatDetails): Promise<number | null> {
	return claimVersion(
		db,
		activityFormat,
		'version',
		and(eq(activityFormat.organisationId, organisationId), eq(activityFormat.id, id)),
		expected,
		input
	);
}

/** Whether there was such a format to remove. */
export async function deleteActivityFormat(db: Db, organisationId: string, id: string): Promise<boolean> {
	const rows = await db
		.delete(activityFormat)
		.where(and(eq(activityFormat.organisationId, organisationId), eq(activityFormat.id, id)))
		.returning({ id: activityFormat.id });
	return rows.length > 0;
}
