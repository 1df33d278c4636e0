import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { meeting } from '../../src/lib/server/db/schema';
import { seedOrganisation } from '../support/factories';
import { formatViolations, hasChromium, messages } from './support/browser';
import { journey, phone } from './support/journey';

const nl = messages('nl');

describe.skipIf(!hasChromium)('recording a meeting in Chromium', () => {
	const run = journey(
		async (db) => {
			const seeded = await seedOrganisation(db, 'R');
			const [second] = await db.select({ id: meeting.id }).from(meeting).where(and(eq(meeting.seriesId, seeded.seriesId), eq(meeting.number, 2)));
			return { ...seeded, secondMeetingId: second!.id };
		},
		{ signIn: (seeded) => seeded.facilitator.email, viewport: phone }
	);
	const fitsPhone = (on: Page) => on.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

	it('keeps a wish once, shows a script tag as text, refuses emoji only and a stale edit, edits homework and a signal, and comes back on the next meeting', async () => {
		const { app, page } = run;
		const record = `${app.url}/series/${app.seeded.seriesId}/meetings/${app.seeded.meetingId}/record`;
		await page.goto(record);
		await page.getByRole('heading', { level: 1 }).waitFor();
		expect(await fitsPhone(page)).toBe(true);
		await run.audit(page, 'record page, empty, 360 px');

		// Emoji only is refused with a message, and what was typed stays.
		await page.getByLabel(nl.capture_homework_label!, { exact: true }).fill('🙂🎉');
		await page.getByRole('button', { name: nl.capture_homework_add!, exact: true }).click();
		await page.getByText(nl.capture_text_needs_words!).first().waitFor();
		expect(await page.getByLabel(nl.capture_homework_label!, { exact: true }).inputValue()).toBe('🙂🎉');
		await run.audit(page, 'record page, refused homework');

		await page.getByLabel(nl.capture_homework_label!, { exact: true }).fill('<script>alert(1)</script> lees hoofdstuk 2');
		await page.getByRole('button', { name: nl.capture_homework_add!, exact: true }).click();
		await page.getByRole('listitem').filter({ hasText: 'lees hoofdstuk 2' }).waitFor();

		// A double-tapped "keep wish" is one wish.
		await page.getByLabel(nl.capture_wish_label!, { exact: true }).fill('Als we nou eens samen eten');
		await page.getByRole('button', { name: nl.capture_wish_add!, exact: true }).dblclick();
		await page.getByRole('listitem').filter({ hasText: 'samen eten' }).first().waitFor();
		await page.reload();
		expect(await page.getByRole('listitem').filter({ hasText: 'samen eten' }).count()).toBe(1);
		expect(await page.getByRole('listitem').filter({ hasText: 'samen eten' }).innerText()).toContain(nl.capture_wish_anonymous!);
		expect(await fitsPhone(page)).toBe(true);
		await run.audit(page, 'record page, filled in, 360 px');

		// An agreement being changed while the other facilitator saves another text: refused as stale, typing kept.
		await page.getByLabel(nl.capture_agreement_label!, { exact: true }).fill('We zijn op tijd');
		await page.getByRole('button', { name: nl.capture_agreement_add!, exact: true }).click();
		const item = page.getByRole('listitem').filter({ hasText: 'We zijn op tijd' });
		await item.waitFor();
		await item.locator('summary').click();
		const edit = item.getByLabel(nl.capture_agreement_edit_label!, { exact: true });
		await edit.fill('We zijn op tijd, of laten het weten');
		const editForm = item.locator('form[action="?/agreementEdit"]');
		const fields = { id: await editForm.locator('input[name="id"]').inputValue(), version: await editForm.locator('input[name="version"]').inputValue() };
		const elsewhere = await page.request.post(`${record}?/agreementEdit`, {
			form: { ...fields, text: 'Telefoons gaan uit' },
			headers: { origin: app.url, accept: 'application/json', 'x-sveltekit-action': 'true' }
		});
		expect(elsewhere.status()).toBe(200);
		await page.getByRole('listitem').filter({ hasText: 'Telefoons gaan uit' }).waitFor();
		// The row's text changed under it; its edit form is found by the row's id from now on.
		const row = page.locator(`form[action="?/agreementEdit"]:has(input[name="id"][value="${fields.id}"])`);
		expect(await row.getByLabel(nl.capture_agreement_edit_label!, { exact: true }).inputValue()).toBe('We zijn op tijd, of laten het weten');
		await row.getByRole('button', { name: nl.capture_save!, exact: true }).click();
		await page.getByText(nl.edit_stale_title!).waitFor();
		expect(await page.getByLabel(nl.capture_agreement_edit_label!, { exact: true }).inputValue()).toBe('We zijn op tijd, of laten het weten');
		await run.audit(page, 'record page, stale edit');

		// Homework and a signal are changed in place like the agreements; the signal's kind too.
		const task = page.getByRole('listitem').filter({ hasText: 'lees hoofdstuk 2' });
		await task.locator('summary').click();
		await task.getByLabel(nl.capture_homework_edit_label!, { exact: true }).fill('<script>alert(1)</script> lees hoofdstuk 2 en 3');
		await task.getByRole('button', { name: nl.capture_save!, exact: true }).click();
		await page.getByRole('status').getByText(nl.capture_saved!, { exact: true }).waitFor();
		await page.getByLabel(nl.capture_signal_label!, { exact: true }).fill('Geen geld voor het schoolreisje');
		await page.getByRole('button', { name: nl.capture_signal_add!, exact: true }).click();
		const told = page.getByRole('listitem').filter({ hasText: 'schoolreisje' });
		await told.waitFor();
		await told.locator('summary').click();
		await told.getByLabel(nl.capture_signal_edit_label!, { exact: true }).fill('Ik zeg maar dat mijn kind ziek is');
		await told.getByLabel(nl.capture_signal_kind!, { exact: true }).selectOption('selfStigma');
		await told.getByRole('button', { name: nl.capture_save!, exact: true }).click();
		await page.getByRole('listitem').filter({ hasText: 'ziek is' }).filter({ hasText: nl.capture_signal_kind_selfStigma! }).waitFor();
		expect(await fitsPhone(page)).toBe(true);
		await run.audit(page, 'record page, homework and a signal edited');

		// Meeting 2 shows last time's homework, escaped.
		await page.goto(`${app.url}/series/${app.seeded.seriesId}/meetings/${app.seeded.secondMeetingId}`);
		await page.getByRole('heading', { name: nl.capture_meeting_homework_heading!, exact: true }).waitFor();
		expect(await page.getByText('<script>alert(1)</script> lees hoofdstuk 2 en 3').isVisible()).toBe(true);
		await run.audit(page, 'meeting page with last time’s homework');

		await page.goto(`${app.url}/series/${app.seeded.seriesId}/meetings/${app.seeded.meetingId}/debrief`);
		await page.getByRole('heading', { level: 1 }).waitFor();
		expect(await fitsPhone(page)).toBe(true);
		await run.audit(page, 'debrief, 360 px');
		expect(run.violations, `\n${formatViolations(run.violations)}\n`).toEqual([]);
		expect(run.errors).toEqual([]);
	});
});
