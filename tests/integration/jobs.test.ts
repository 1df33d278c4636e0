import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nl from '../../messages/nl/jobs.json';
import { job, outbox } from '../../src/lib/server/db/schema';
import { databaseKinds, freePort, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { startSmtp } from '../support/smtp';
import { until } from '../support/wait';

/** The longest fixed part of a message, to find it on a page whatever fills its placeholders. */
const literal = (message: string) =>
	message
		.split(/\{[^}]+\}/)
		.map((part) => part.trim())
		.sort((a, b) => b.length - a.length)[0]!;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fast = { JOB_RETRY_SECONDS: '0.5', JOB_POLL_MS: '200' };

async function invite(client: Client, email: string): Promise<void> {
	const res = await client.post('/organisation?/invite', { name: `Nieuw ${email}`, email, role: 'facilitator' });
	expect(res.status, email).toBe(200);
}

describe.each(databaseKinds)('background jobs on %s', (kind) => {
	describe('the coordinator page', () => {
		let app: RunningApp<{ a: SeededOrganisation; b: SeededOrganisation }>;
		let smtp: Awaited<ReturnType<typeof startSmtp>>;
		let coordinator: Client;

		beforeAll(async () => {
			smtp = await startSmtp();
			app = await startApp(
				kind,
				async (db) => {
					const a = await seedOrganisation(db, 'A');
					const b = await seedOrganisation(db, 'B');
					// A's job points at a message that was removed since: it can never succeed.
					await db.insert(job).values({
						kind: 'mail.deliver',
						organisationId: a.organisationId,
						payload: { outboxId: crypto.randomUUID() },
						maxAttempts: 5
					});
					const [secret] = await db
						.insert(outbox)
						.values({ organisationId: b.organisationId, recipient: 'iemand@b.example.org', subject: 'Alleen voor B', body: 'B' })
						.returning();
					await db.insert(job).values({ kind: 'mail.deliver', organisationId: b.organisationId, payload: { outboxId: secret!.id }, maxAttempts: 5 });
					return { a, b };
				},
				{ SMTP_URL: smtp.url, ...fast }
			);
			coordinator = new Client(app.url);
			await coordinator.signIn(app.seeded.a.coordinator.email, password);
		});
		afterAll(async () => {
			await app?.stop();
			await smtp?.stop();
		});

		it('fails a job whose message is gone once, with the reason, and lists only its own organisation', async () => {
			await until(async () => (await (await coordinator.get('/organisation/jobs')).text()).includes(literal(nl.jobs_failure_gone)), 10_000, 'the failed job');
			await until(() => smtp.received.length === 1, 10_000, "B's mail");
			await invite(coordinator, 'gepland@example.org');
			await until(() => smtp.received.length === 2, 10_000, "A's invitation");
			const page = await (await coordinator.get('/organisation/jobs')).text();
			expect(page).toContain(literal(nl.jobs_done_title));
			expect(page).toContain('gepland@example.org');
			expect(page).not.toContain('Alleen voor B');
			expect(page).not.toContain('iemand@b.example.org');
			expect(app.logs.join('').match(/mail\.deliver .* attempt/g)).toHaveLength(1);
		});

		it('is for coordinators only', async () => {
			for (const role of ['facilitator', 'stakeholder'] as const) {
				const member = new Client(app.url);
				await member.signIn(app.seeded.a[role].email, password);
				expect((await member.get('/organisation/jobs')).status, role).toBe(404);
			}
			expect((await new Client(app.url).get('/organisation/jobs')).status).toBe(303);
		});
	});

	describe('while the mail server is down', () => {
		let app: RunningApp<SeededOrganisation>;
		let smtp: Awaited<ReturnType<typeof startSmtp>> | undefined;
		let port: number;

		beforeAll(async () => {
			port = await freePort();
			app = await startApp(kind, (db) => seedOrganisation(db, 'A'), { SMTP_URL: `smtp://127.0.0.1:${port}`, ...fast });
		});
		afterAll(async () => {
			await app?.stop();
			await smtp?.stop();
		});

		it('keeps trying, and sends the mail once when the server is back', async () => {
			const coordinator = new Client(app.url);
			await coordinator.signIn(app.seeded.coordinator.email, password);
			await invite(coordinator, 'wacht@example.org');
			await until(
				async () => (await (await coordinator.get('/organisation/jobs')).text()).includes(literal(nl.jobs_state_retrying)),
				10_000,
				'a failed attempt'
			);
			smtp = await startSmtp({ port });
			await until(() => smtp!.received.length > 0, 20_000, 'the mail');
			await sleep(1500);
			expect(smtp.received.map((m) => m.to)).toEqual([['wacht@example.org']]);
			const page = await (await coordinator.get('/organisation/jobs')).text();
			expect(page).toContain(literal(nl.jobs_state_done));
			expect(page).not.toContain(literal(nl.jobs_state_retrying));
		});
	});

	describe('when the app is killed with mails in hand', () => {
		let app: RunningApp<SeededOrganisation>;
		let smtp: Awaited<ReturnType<typeof startSmtp>>;

		beforeAll(async () => {
			smtp = await startSmtp();
			// A short lease, so on PostgreSQL the restarted instance may take over the dead one's jobs soon.
			app = await startApp(kind, (db) => seedOrganisation(db, 'A'), { SMTP_URL: smtp.url, JOB_LEASE_SECONDS: '3', ...fast });
		});
		afterAll(async () => {
			await app?.stop();
			await smtp?.stop();
		});

		it('sends each mail exactly once after the restart', async () => {
			const coordinator = new Client(app.url);
			await coordinator.signIn(app.seeded.coordinator.email, password);
			await invite(coordinator, 'eerste@example.org');
			await until(() => smtp.received.length === 1, 10_000, 'the first mail');

			smtp.hold(true);
			await invite(coordinator, 'tweede@example.org');
			await invite(coordinator, 'derde@example.org');
			await until(() => smtp.held() === 2, 10_000, 'two mails on the wire');
			await app.kill();
			await until(() => smtp.connections() === 0, 10_000, 'the dead sender to disconnect');
			smtp.hold(false);
			expect(smtp.received).toHaveLength(1);

			await app.restart();
			await until(() => smtp.received.length >= 3, 30_000, 'the mails after the restart');
			await sleep(2000);
			const recipients = smtp.received.flatMap((m) => m.to).sort();
			expect(recipients).toEqual(['derde@example.org', 'eerste@example.org', 'tweede@example.org']);
		});
	});
});
