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
