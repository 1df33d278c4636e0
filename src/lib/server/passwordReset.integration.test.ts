import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds } from '../../../tests/support/app';
import { seedOrganisation, type SeededOrganisation } from '../../../tests/support/factories';
import { openTestDatabase } from '../../../tests/support/inProcess';
import type { Db } from './db';
import { event, outbox } from './db/schema';
import { passwordResetWorks, requestPasswordReset, resetPassword } from './passwordReset';

const text = { subject: 'Nieuw wachtwoord', body: ({ link }: { link: string }) => `Link: ${link}` };
const minutes = (n: number, from = new Date()) => new Date(from.getTime() + n * 60_000);

describe.each(databaseKinds)('password reset links, in process on %s', (kind) => {
	let db: Db;
	let close: () => Promise<void>;
	let org: SeededOrganisation;
	let ip = 0;

	beforeAll(async () => {
		({ db, close } = await openTestDatabase(kind));
		org = await seedOrganisation(db, 'R');
	});
	afterAll(() => close?.());

	/** Asks for a link (from a fresh network each time, so the limiter stays out of the way) and reads it from the outbox. */
	async function linkFor(email: string, now = new Date()): Promise<string> {
		ip += 1;
		expect(await requestPasswordReset(db, { email, ip: `10.0.0.${ip}` }, text, now)).toEqual({ sent: true });
		const [row] = await db.select({ body: outbox.body }).from(outbox).orderBy(desc(outbox.createdAt)).limit(1);
		return /\/login\/reset\/([A-Za-z0-9_-]+)/.exec(row!.body)![1]!;
	}

	it('refuses a link after 30 minutes', async () => {
		const asked = new Date();
		const token = await linkFor(org.facilitator.email, asked);
		expect(await passwordResetWorks(db, token, minutes(29, asked))).toBe(true);
		expect(await passwordResetWorks(db, token, minutes(31, asked))).toBe(false);
		expect(await resetPassword(db, token, 'een-heel-nieuw-wachtwoord', minutes(31, asked))).toBe('invalid');
		expect(await resetPassword(db, token, 'een-heel-nieuw-wachtwoord', minutes(29, asked))).toBe('done');
	});

	it('works once, and a newer link replaces an older one', async () => {
		const older = await linkFor(org.stakeholder.email);
		const newer = await linkFor(org.stakeholder.email);
		expect(await passwordResetWorks(db, older)).toBe(false);
		const [first, second] = await Promise.all([
			resetPassword(db, newer, 'eerste-nieuwe-wachtwoord'),
			resetPassword(db, newer, 'tweede-nieuwe-wachtwoord')
		]);
		expect([first, second].sort()).toEqual(['done', 'invalid']);
	});

	it('sends nothing for an address without an account', async () => {
		const before = await db.select({ id: outbox.id }).from(outbox);
		expect(await requestPasswordReset(db, { email: 'onbekend@example.org', ip: '10.1.0.1' }, text)).toEqual({ sent: true });
		expect(await db.select({ id: outbox.id }).from(outbox)).toHaveLength(before.length);
	});

	it('keeps the mail out of every organisation, and records the reset for the member', async () => {
		const rows = await db.select({ organisationId: outbox.organisationId }).from(outbox);
		expect(rows.every((r) => r.organisationId === null)).toBe(true);
		const events = await db.select({ type: event.type, organisationId: event.organisationId }).from(event).where(eq(event.type, 'account.passwordReset'));
		expect(events.length).toBeGreaterThanOrEqual(2);
		expect(events.every((e) => e.organisationId === org.organisationId)).toBe(true);
	});
});
