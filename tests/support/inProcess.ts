import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { MemberRole } from '../../src/lib/domain/vocabularies';
import type { Actor } from '../../src/lib/server/auth/policies';
import type { ConsentInput } from '../../src/lib/server/consent';
import { openDatabase } from '../../src/lib/server/db/client';
import type { Db } from '../../src/lib/server/db';
import { membership, user } from '../../src/lib/server/db/schema';
import { freshPostgres, type DatabaseKind } from './app';
import type { SeededOrganisation } from './factories';

/**
 * A fresh database of `kind` opened in this process, migrations applied, for use-case tests that
 * need no build and no HTTP. `close` removes it again.
 */
export async function openTestDatabase(kind: DatabaseKind): Promise<{ db: Db; close: () => Promise<void> }> {
	const dataDir = mkdtempSync(path.join(tmpdir(), 'sd-in-process-'));
	const pg = kind === 'postgres' ? await freshPostgres() : null;
	const database = await openDatabase({ url: pg?.url ?? null, dataDir });
	return {
		db: database.db,
		close: async () => {
			await database.close();
			await pg?.drop();
			rmSync(dataDir, { recursive: true, force: true });
		}
	};
}

/** The members of a seeded organisation as the actors `hooks.server.ts` would make of their sessions. */
export async function actorsOf(db: Db, seeded: SeededOrganisation): Promise<Record<MemberRole, Actor>> {
	const actors = {} as Record<MemberRole, Actor>;
	for (const role of ['coordinator', 'facilitator', 'stakeholder'] as const) {
		const [row] = await db
			.select({ userId: user.id, name: user.name, email: user.email, personId: membership.personId })
			.from(membership)
			.innerJoin(user, eq(user.id, membership.userId))
			.where(and(eq(membership.organisationId, seeded.organisationId), eq(membership.role, role)));
		actors[role] = { ...row!, organisationId: seeded.organisationId, role, ledSeriesIds: role === 'facilitator' ? [seeded.seriesId] : [] };
	}
	return actors;
}

/** Every purpose, told to the coordinator: for tests that add a person with any details. */
export const fullConsent: ConsentInput = { purposes: ['takingPart', 'contact', 'composition'], how: 'spoken' };
