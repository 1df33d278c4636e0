import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { groupAgreement } from '../../src/lib/server/db/schema';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { until } from '../support/wait';

/** Clients writing at once when the server dies (issue #11 item 7). */
const WRITERS = 200;
/** Enough answered writes that the kill surely lands while many others are on the way. */
const ANSWERED_BEFORE_KILL = 400;

/*
 * The power cut: 200 clients add the group's agreements as fast as the server answers, the server
 * is killed with SIGKILL in the middle, and started again on the same database. Every write that
 * was answered "saved" must be there; a write that got no answer may or may not be (its client
 * could not know, and would send it again).
 */
describe.each(databaseKinds)('a crash while %i clients write, on %s'.replace('%i', String(WRITERS)), (kind) => {
	let app: RunningApp<SeededOrganisation> | undefined;
	afterAll(() => app?.stop());

	it('keeps every write that was answered as saved, and serves again after the restart', async () => {
		app = await startApp(kind, (db) => seedOrganisation(db, 'K'));
		const { seriesId, meetingId } = app.seeded;
		const record = `/series/${seriesId}/meetings/${meetingId}/record?/agreement`;
		const facilitator = new Client(app.url);
		await facilitator.signIn(app.seeded.facilitator.email, password);

		const answered = new Set<string>();
		const counts = { sent: 0, refused: 0, noAnswer: 0 };
		let killed = false;
		const writer = async (n: number) => {
			for (let i = 0; !killed; i++) {
				const text = `Afspraak ${n}-${i}`;
				counts.sent++;
				try {
					const outcome = await facilitator.action(record, { agreement: text });
					if (outcome.type === 'success') answered.add(text);
					else counts.refused++;
				} catch {
					counts.noAnswer++;
					return;
				}
			}
		};
		const writers = Array.from({ length: WRITERS }, (_, n) => writer(n));
		await until(() => answered.size >= ANSWERED_BEFORE_KILL, 60_000, `${ANSWERED_BEFORE_KILL} answered writes`);
		await app.kill();
		killed = true;
		await Promise.all(writers);

		await app.restart();
		expect(await facilitator.action(record, { agreement: 'Na de herstart' })).toEqual({ type: 'success', status: 200 });
		// PGlite has one owner at a time: the server goes before the test reads its files.
		if (kind === 'pglite') await app.kill();
		const stored = new Set(
			(await app.read((db) => db.select({ text: groupAgreement.text }).from(groupAgreement).where(eq(groupAgreement.seriesId, seriesId)))).map(
				(row) => row.text
			)
		);
		const lost = [...answered].filter((text) => !stored.has(text));
		console.log(
			`crash on ${kind}: ${WRITERS} clients sent ${counts.sent} writes; ${answered.size} answered as saved, ${lost.length} of them lost; ` +
				`${counts.noAnswer} without an answer (${stored.size - 1 - answered.size} of those stored), ${counts.refused} refused`
		);
		expect(counts.refused).toBe(0);
		expect(counts.noAnswer).toBeGreaterThan(0);
		expect(lost).toEqual([]);
		expect(stored.has('Na de herstart')).toBe(true);
	});
});
