import { describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
import { job, outbox } from '../../src/lib/server/db/schema';
import { seedOrganisation, type SeededOrganisation } from '../support/factories';
import { formatViolations, hasChromium, messages, navigatingBy, tabTo } from './support/browser';
import { journey, phone } from './support/journey';

const nl = messages('nl');
const en = messages('en');
const literal = (message: string) =>
	message
		.split(/\{[^}]+\}/)
		.map((part) => part.trim())
		.sort((a, b) => b.length - a.length)[0]!;

/** One job in every state the page shows; the open ones are due in two days, so no worker touches them. */
async function seed(db: Db): Promise<SeededOrganisation> {
	const org = await seedOrganisation(db, 'A');
	const organisationId = org.organisationId;
	const later = new Date(Date.now() + 2 * 24 * 3600 * 1000);
	const mail = async (subject: string) =>
		(await db.insert(outbox).values({ organisationId, recipient: 'nieuw.lid@voorbeeld-met-een-heel-lang-adres.nl', subject, body: 'Hallo' }).returning())[0]!.id;
	const payload = async (subject: string) => ({ outboxId: await mail(subject) });
	await db.insert(job).values([
		{ kind: 'mail.deliver', organisationId, payload: await payload('Uitnodiging, gepland'), runAt: later, maxAttempts: 15 },
		{ kind: 'mail.deliver', organisationId, payload: await payload('Uitnodiging, opnieuw'), runAt: later, attempts: 2, lastError: 'connect ECONNREFUSED 127.0.0.1:2525', maxAttempts: 15 },
		{ kind: 'mail.deliver', organisationId, payload: { outboxId: crypto.randomUUID() }, state: 'failed', failure: 'gone', attempts: 1, lastError: 'the message was removed', finishedAt: new Date(), maxAttempts: 15 },
		{ kind: 'mail.deliver', organisationId, payload: await payload('Uitnodiging, mislukt'), state: 'failed', failure: 'attempts', attempts: 15, lastError: '550 mailbox unavailable', finishedAt: new Date(), maxAttempts: 15 },
		{ kind: 'mail.deliver', organisationId, payload: await payload('Uitnodiging, verstuurd'), state: 'done', attempts: 1, finishedAt: new Date(), maxAttempts: 15 }
	]);
	return org;
}

describe.skipIf(!hasChromium)('the background tasks page in Chromium', () => {
	const run = journey(seed, { signIn: (seeded) => seeded.coordinator.email, viewport: phone });

	it('shows what waits, what failed and why, and what is done, on a phone, by keyboard, in Dutch and English', async () => {
		const { app, page } = run;
		await page.goto(`${app.url}/organisation`);
		await navigatingBy(page, () => page.getByRole('link', { name: nl.jobs_link!, exact: true }).click());
		await page.getByRole('heading', { level: 1, name: nl.jobs_title!, exact: true }).waitFor();
		const text = await page.locator('main').innerText();
		for (const key of ['jobs_open_title', 'jobs_failed_title', 'jobs_done_title', 'jobs_state_planned', 'jobs_state_retrying', 'jobs_failure_gone', 'jobs_failure_attempts', 'jobs_state_done']) {
			expect(text, key).toContain(literal(nl[key]!));
		}
		expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
		const detail = page.getByText(nl.jobs_detail!, { exact: true }).first();
		await tabTo(page, detail);
		await page.keyboard.press('Enter');
		await page.getByText('connect ECONNREFUSED 127.0.0.1:2525').waitFor();
		await run.audit(page, 'jobs, 360 px, a detail open');

		await page.context().addCookies([{ name: 'sd_locale', value: 'en', url: app.url }]);
		await page.setViewportSize({ width: 1280, height: 800 });
		await page.reload();
		await page.getByRole('heading', { level: 1, name: en.jobs_title!, exact: true }).waitFor();
		expect(await page.locator('main').innerText()).toContain(literal(en.jobs_failure_gone!));
		await run.audit(page, 'jobs, English');
		expect(run.violations, `\n${formatViolations(run.violations)}\n`).toEqual([]);
		expect(run.errors).toEqual([]);
	});
});
