import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { toInstant } from '../../src/lib/domain/schedule';
import { changeWish, meeting } from '../../src/lib/server/db/schema';
import { seedOrganisation } from '../support/factories';
import { m, nl as inDutch } from '../support/messages';
import { formatViolations, hasChromium, messages } from './support/browser';
import { journey, phone } from './support/journey';

const nl = messages('nl');

describe.skipIf(!hasChromium)('the change wishes of a series in Chromium', () => {
	const run = journey(
		async (db) => {
			const seeded = await seedOrganisation(db, 'V');
			// The series ends with its deciding meeting, which is where this page is opened.
			const [deciding] = await db
				.insert(meeting)
				.values({ seriesId: seeded.seriesId, number: 5, date: '2031-07-15', startTime: '10:00', startsAt: toInstant('2031-07-15', '10:00'), durationMinutes: 120, deciding: true })
				.returning({ id: meeting.id });
			const [third] = await db.select({ id: meeting.id }).from(meeting).where(and(eq(meeting.seriesId, seeded.seriesId), eq(meeting.number, 3)));
			const wish = (meetingId: string, text: string, level: 'person' | 'organisation' | 'society' | null, theme: string | null, authorPersonId: string | null = null) => ({
				seriesId: seeded.seriesId,
				meetingId,
				text,
				level,
				theme,
				authorPersonId,
				submissionId: crypto.randomUUID()
			});
			await db.insert(changeWish).values([
				wish(seeded.meetingId, 'Als we nou eens samen koken in het buurthuis', 'society', 'Eten', seeded.personId),
				wish(seeded.meetingId, 'Minder formulieren bij de gemeente', 'organisation', 'Regels'),
				wish(third!.id, 'Ik vraag eerder om hulp', null, null),
				wish(third!.id, 'Een gratis bibliotheekpas voor ieder kind', 'society', 'School')
			]);
			return { ...seeded, decidingMeetingId: deciding!.id };
		},
		{ signIn: (seeded) => seeded.facilitator.email, viewport: phone }
	);
	const fitsPhone = (on: Page) => on.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
	const wishItem = (on: Page, text: string) => on.getByRole('listitem').filter({ hasText: text });

	it('opens from the deciding meeting, filters by level and theme, edits a wish and removes one after a tick', async () => {
		const { app, page } = run;
		const series = app.seeded.seriesId;

		// The deciding meeting's run page and agenda both lead here.
		await page.goto(`${app.url}/series/${series}/meetings/${app.seeded.decidingMeetingId}/run`);
		expect(await page.getByRole('link', { name: nl.wishes_deciding_link!, exact: true }).getAttribute('href')).toBe(`/series/${series}/wishes`);
		await page.goto(`${app.url}/series/${series}/meetings/${app.seeded.decidingMeetingId}/agenda`);
		await page.getByRole('link', { name: nl.wishes_deciding_link!, exact: true }).click();
		await page.waitForURL((u) => u.pathname === `/series/${series}/wishes`);

		await page.getByRole('heading', { level: 1, name: nl.wishes_title!, exact: true }).waitFor();
		const sections = page.getByRole('region');
		expect(await sections.getByRole('heading', { level: 2 }).allInnerTexts()).toEqual([
			expect.stringContaining(m.series_meeting_number({ number: 1 }, inDutch)),
			expect.stringContaining(m.series_meeting_number({ number: 3 }, inDutch))
		]);
		const named = await wishItem(page, 'samen koken').locator('.sd-meta').innerText();
		expect(named).toContain('Bewoner V');
		expect(await wishItem(page, 'Ik vraag eerder').locator('.sd-meta').innerText()).toContain(nl.capture_wish_anonymous!);
		expect(await page.getByRole('status').filter({ hasText: m.wishes_count({ total: 4 }, inDutch) }).count()).toBe(1);
		expect(await fitsPhone(page)).toBe(true);
		await run.audit(page, 'wishes of the series, 360 px');

		// A plain GET form: society, then society about school.
		await page.getByLabel(nl.capture_wish_level!, { exact: true }).selectOption('society');
		await page.getByRole('button', { name: nl.wishes_filter_submit!, exact: true }).click();
		await page.waitForURL((u) => u.searchParams.get('level') === 'society');
		expect(await page.getByRole('listitem').filter({ has: page.locator('.sd-wish-text') }).count()).toBe(2);
		await page.getByLabel(nl.capture_wish_theme!, { exact: true }).selectOption('School');
		await page.getByRole('button', { name: nl.wishes_filter_submit!, exact: true }).click();
		await page.waitForURL((u) => u.searchParams.get('theme') === 'School');
		expect(await page.locator('.sd-wish-text').allInnerTexts()).toEqual(['Een gratis bibliotheekpas voor ieder kind']);
		expect(await page.getByText(m.wishes_count_filtered({ shown: 1, total: 4 }, inDutch)).count()).toBe(1);
		expect(await fitsPhone(page)).toBe(true);
		await run.audit(page, 'wishes filtered by level and theme');

		// Edit the one shown: new words and a theme; the filter stays, so the page says what it now holds.
		const item = wishItem(page, 'bibliotheekpas');
		await item.locator('summary', { hasText: nl.capture_edit! }).click();
		await item.getByLabel(nl.wishes_edit_text!, { exact: true }).fill('Een gratis bibliotheekpas en zwemles voor ieder kind');
		await item.getByRole('button', { name: nl.capture_save!, exact: true }).click();
		await page.getByRole('status').getByText(nl.wishes_saved!, { exact: true }).waitFor();
		await page.locator('.sd-wish-text', { hasText: 'zwemles' }).waitFor();
		expect(new URL(page.url()).searchParams.get('theme')).toBe('School');
		await run.audit(page, 'a wish saved');

		// Its level changed to the organisation's: it no longer fits the filter.
		await wishItem(page, 'zwemles').locator('summary', { hasText: nl.capture_edit! }).click();
		await wishItem(page, 'zwemles').getByLabel(`${nl.capture_wish_level!} ${nl.optional!}`, { exact: true }).selectOption('organisation');
		await wishItem(page, 'zwemles').getByRole('button', { name: nl.capture_save!, exact: true }).click();
		await page.getByText(nl.wishes_none_found!, { exact: true }).waitFor();
		await page.getByRole('link', { name: nl.wishes_filter_clear!, exact: true }).click();
		await page.waitForURL((u) => u.search === '');
		expect(await wishItem(page, 'zwemles').locator('.sd-meta').innerText()).toContain(nl.capture_level_organisation!);

		// The other facilitator saves the same wish meanwhile: this save is refused as stale, the typing kept.
		const cooking = wishItem(page, 'samen koken');
		await cooking.locator('summary', { hasText: nl.capture_edit! }).click();
		await cooking.getByLabel(nl.wishes_edit_text!, { exact: true }).fill('Als we nou eens elke week samen koken');
		const editForm = cooking.locator('form[action^="?/edit"]');
		const fields = { id: await editForm.locator('input[name="id"]').inputValue(), version: await editForm.locator('input[name="version"]').inputValue() };
		const elsewhere = await page.request.post(`${app.url}/series/${series}/wishes?/edit`, {
			form: { ...fields, text: 'Samen koken met de buren', level: 'society', theme: 'Eten' },
			headers: { origin: app.url, accept: 'application/json', 'x-sveltekit-action': 'true' }
		});
		expect(elsewhere.status()).toBe(200);
		await editForm.getByRole('button', { name: nl.capture_save!, exact: true }).click();
		await page.getByText(nl.edit_stale_title!).waitFor();
		const kept = page.locator(`#wish-${fields.id}-text`);
		expect(await kept.inputValue()).toBe('Als we nou eens elke week samen koken');
		expect(await page.getByRole('alert').innerText()).toContain(nl.wishes_edit_text!);
		await run.audit(page, 'a stale edit of a wish');

		// Removing asks for a tick first; without it nothing goes, and the message says why.
		const doomed = wishItem(page, 'Minder formulieren');
		await doomed.locator('summary', { hasText: nl.capture_remove! }).click();
		await doomed.getByRole('button', { name: nl.wishes_remove_button!, exact: true }).click();
		await page.getByRole('alert').getByText(nl.wishes_remove_confirm_missing!, { exact: false }).waitFor();
		expect(await wishItem(page, 'Minder formulieren').count()).toBe(1);
		await run.audit(page, 'a removal without the tick');
		await wishItem(page, 'Minder formulieren').getByRole('checkbox', { name: nl.wishes_remove_confirm!, exact: true }).check();
		await wishItem(page, 'Minder formulieren').getByRole('button', { name: nl.wishes_remove_button!, exact: true }).click();
		await page.getByRole('status').getByText(nl.wishes_removed!, { exact: true }).waitFor();
		expect(await wishItem(page, 'Minder formulieren').count()).toBe(0);
		expect(await page.getByText(m.wishes_count({ total: 3 }, inDutch)).count()).toBe(1);
		expect(await fitsPhone(page)).toBe(true);
		await run.audit(page, 'a wish removed, 360 px');

		expect(run.violations, `\n${formatViolations(run.violations)}\n`).toEqual([]);
		expect(run.errors, app.logs.join('')).toEqual([]);
	});
});
