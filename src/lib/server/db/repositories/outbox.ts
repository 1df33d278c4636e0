import { desc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { outbox } from '../schema';

export function listOutbox(db: Db, organisationId: string) {
	return db
		.select()
		.from(outbox)
		.where(eq(outbox.organisationId, organisationId))
		.orderBy(desc(outbox.createdAt))
		.limit(100);
}

export async function insertOutboxMessage(
	db: Db,
	message: { organisationId: string | null; recipient: string; subject: string; body: string }
): Promise<string> {
	const [row] = await db.insert(outbox).values(message).returning({ id: outbox.id });
	return row!.id;
}

export async function findOutboxMessage(db: Db, id: string) {
	const [row] = await db.select().from(outbox).where(eq(outbox.id, id));
	return row ?? null;
}

export async function markOutboxSent(db: Db, id: string): Promise<void> {
	await db.update(outbox).set({ sentAt: new Date(), error: null }).where(eq(outbox.id, id));
}

export async function markOutboxError(db: Db, id: string, error: string): Promise<void> {
	await db.update(outbox).set({ error: error.slice(0, 500) }).where(eq(outbox.id, id));
}
