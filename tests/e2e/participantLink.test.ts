import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedOrganisation } from '../support/factories';
import { formatViolations, hasChromium, messages, navigatingBy } from './support/browser';
import { journey, phone } from './support/journey';

const nl = messages('nl');
const en = messages('en');

describe.skipIf(!hasChromium)('a personal link in Chromium', () => {
	const run = journey((db) => seedOrganisation(db, 'A'), { signIn: (seeded) => seeded.coordinator.email, viewport: phone });
	const fitsPhone = (on: Page) => on.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

	it('makes a card with a QR code, and opens the participant’s meetings on a phone', async () => {
		const { app, page } = run;
		await page.goto(`${app.url}/series/${app.seeded.seriesId}/people`);
		const make = nl.participant_link_for!.replace('{action}', nl.participant_link_make!).replace('{name}', 'Bewoner A');
		await navigatingBy(page, () => page.getByRole('button', { name: make, exact: true }).click());
		const card = page.locator('.sd-print-card');
		await card.locator('svg').waitFor();
		expect(await card.innerText()).toContain(nl.participant_card_hello!.replace('{name}', 'Bewoner'));
		expect(await fitsPhone(page)).toBe(true);
		await run.audit(page, 'card, 360 px');
		// Printed, only the card is there.
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).visibility)).toBe('hidden');
		expect(await card.evaluate((c) => getComputedStyle(c).visibility)).toBe('visible');
		await page.emulateMedia({ media: 'screen' });

		const link = await page.getByLabel(nl.participant_link_copy_label!, { exact: true }).inputValue();
		const participant = await run.newPage(phone);
		await participant.goto(link);
		expect(new URL(participant.url()).pathname).toBe('/mijn');
		await participant.getByRole('heading', { level: 1, name: nl.participant_mine_title!, exact: true }).waitFor();
		expect(await participant.locator('main').innerText()).toContain('Buurthuis');
		await participant.getByRole('link', { name: nl.participant_mine_calendar!, exact: true }).waitFor();
		expect(await fitsPhone(participant)).toBe(true);
		await run.audit(participant, 'my meetings, 360 px');

		await participant.context().addCookies([{ name: 'sd_locale', value: 'en', url: app.url }]);
		await participant.reload();
		await participant.getByRole('heading', { level: 1, name: en.participant_mine_title!, exact: true }).waitFor();
		await run.audit(participant, 'my meetings, English');

		await navigatingBy(participant, () => participant.getByRole('button', { name: en.participant_mine_forget!, exact: true }).click());
		expect(new URL(participant.url()).pathname).toBe('/mijn/vergeten');
		await participant.getByRole('heading', { level: 1, name: en.participant_forgotten_title!, exact: true }).waitFor();
		expect(await fitsPhone(participant)).toBe(true);
		await run.audit(participant, 'forgotten on this device, English');
		expect((await participant.context().cookies()).some((c) => c.name === 'sd_participant')).toBe(false);
		expect(run.violations, `\n${formatViolations(run.violations)}\n`).toEqual([]);
		expect(run.errors).toEqual([]);
	});
});
