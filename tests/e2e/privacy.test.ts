import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { person } from '../../src/lib/server/db/schema';
import { seedOrganisation } from '../support/factories';
import { formatViolations, hasChromium, messages, navigatingBy } from './support/browser';
import { journey, phone } from './support/journey';
import { m, nl as dutch } from '../support/messages';

const nl = messages('nl');

describe.skipIf(!hasChromium)('a person’s export and erasure, and deleting a series, in Chromium', () => {
	const run = journey(
		async (db) => {
			const seeded = await seedOrganisation(db, 'E');
			const [someone] = await db
				.insert(person)
				.values({ organisationId: seeded.organisationId, name: 'Yara Vermeulen-Oudendijk', email: 'yara.vo@voorbeeld.test', phone: '06-24681357', background: 'resident' })
				.returning();
			return { ...seeded, someoneId: someone!.id };
		},
		{ signIn: (seeded) => seeded.coordinator.email, viewport: phone }
	);
	const fitsPhone = (on: Page) => on.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

	it('shows the export, asks for a tick before erasing, and erases', async () => {
		const { app, page } = run;
		const personPage = `${app.url}/people/${app.seeded.someoneId}`;
		await page.goto(personPage);
		await navigatingBy(page, () => page.getByRole('link', { name: nl.privacy_export_link!, exact: true }).click());
		await page.getByRole('heading', { level: 1, name: m.privacy_export_title({ name: 'Yara Vermeulen-Oudendijk' }, dutch) }).waitFor();
		expect(await page.getByText('yara.vo@voorbeeld.test').isVisible()).toBe(true);
		expect(await page.getByRole('link', { name: nl.privacy_export_download!, exact: true }).getAttribute('href')).toContain('/export.json');
		expect(await fitsPhone(page)).toBe(true);
		await run.audit(page, 'export page, 360 px');

		const file = await page.request.get(`${personPage}/export.json`);
		expect(file.headers()['content-disposition']).toMatch(/^attachment;/);
		expect(file.headers()['cache-control']).toBe('no-store');
		expect((await file.json()).person.phone).toBe('06-24681357');

		await page.goto(`${personPage}/erase`);
		await page.getByRole('heading', { level: 1 }).waitFor();
		expect(await fitsPhone(page)).toBe(true);
		await run.audit(page, 'erase page, 360 px');
		await page.getByRole('button', { name: nl.privacy_erase_button!, exact: true }).click();
		await page.getByText(nl.privacy_erase_confirm_missing!).first().waitFor();
		await run.audit(page, 'erase page, no tick');
		await page.getByLabel(m.privacy_erase_confirm({ name: 'Yara Vermeulen-Oudendijk' }, dutch), { exact: true }).check();
		await navigatingBy(page, () => page.getByRole('button', { name: nl.privacy_erase_button!, exact: true }).click());
		await page.getByText(nl.privacy_erased_done!).waitFor();
		await page.getByRole('heading', { level: 1, name: nl.privacy_erased_name!, exact: true }).waitFor();
		expect(await page.getByText('Yara').count()).toBe(0);
		await run.audit(page, 'person page after erasure');
	});

	it('says what goes with a series before deleting it, and refuses a region that still has series', async () => {
		const { app, page } = run;
		await page.goto(`${app.url}/regions/${app.seeded.regionId}/delete`);
		await page.getByText(m.region_delete_has_series({ count: 1 }, dutch)).waitFor();
		await run.audit(page, 'region delete page with a series, 360 px');

		await page.goto(`${app.url}/series/${app.seeded.seriesId}/delete`);
		await page.getByText(m.series_delete_meetings({ count: 4, parts: 0 }, dutch)).waitFor();
		expect(await fitsPhone(page)).toBe(true);
		await run.audit(page, 'series delete page, 360 px');
		await page.getByLabel(m.series_delete_confirm({ name: 'Reeks E' }, dutch), { exact: true }).check();
		await navigatingBy(page, () => page.getByRole('button', { name: nl.series_delete_button!, exact: true }).click());
		await page.getByText(nl.series_deleted!).waitFor();
		expect(await page.getByText('Reeks E', { exact: true }).count()).toBe(0);

		await page.goto(`${app.url}/regions/${app.seeded.regionId}/delete`);
		await page.getByLabel(m.region_delete_confirm({ name: 'Wijk E' }, dutch), { exact: true }).check();
		await navigatingBy(page, () => page.getByRole('button', { name: nl.region_delete_button!, exact: true }).click());
		await page.getByText(nl.region_deleted!).waitFor();
		await run.audit(page, 'regions after deleting one');
		expect(run.violations, `\n${formatViolations(run.violations)}\n`).toEqual([]);
		expect(run.errors).toEqual([]);
	});
});
