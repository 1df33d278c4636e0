import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from '../support/app';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { axeViolations, formatViolations, hasChromium, launchChromium, messages, navigatingBy, ownViolations, type Violation } from './support/browser';

const nl = messages('nl');
const en = messages('en');
const phone = { width: 360, height: 740 };

describe.skipIf(!hasChromium)('a personal link in Chromium', () => {
	let app: RunningApp<SeededOrganisation>;
	let browser: Browser;
	let page: Page;
	const violations: Violation[] = [];
	const audit = async (on: Page, state: string) => violations.push(...(await axeViolations(on, state)), ...(await ownViolations(on, state, nl.app_name!)));
	const fitsPhone = (on: Page) => on.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

	beforeAll(async () => {
		app = await startApp('pglite', (db) => seedOrganisation(db, 'A'));
		browser = await launchChromium();
		const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: phone });
		page = await context.newPage();
		page.setDefaultTimeout(10_000);
		await page.goto(`${app.url}/login`);
		await page.getByLabel(nl.email!, { exact: true }).fill(app.seeded.coordinator.email);
		await page.getByLabel(nl.password!, { exact: true }).fill(password);
		await navigatingBy(page, () => page.getByRole('button', { name: nl.login_submit!, exact: true }).click());
	});
	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	it('makes a card with a QR code, and opens the participant’s meetings on a phone', async () => {
		await page.goto(`${app.url}/series/${app.seeded.seriesId}/people`);
		const make = nl.participant_link_for!.replace('{action}', nl.participant_link_make!).replace('{name}', 'Bewoner A');
		await navigatingBy(page, () => page.getByRole('button', { name: make, exact: true }).click());
		const card = page.locator('.sd-print-card');
		await card.locator('svg').waitFor();
		expect(await card.innerText()).toContain('Hallo Bewoner');
		expect(await fitsPhone(page)).toBe(true);
		await audit(page, 'card, 360 px');
		// Printed, only the card is there.
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('h1').evaluate((h) => getComputedStyle(h).visibility)).toBe('hidden');
		expect(await card.evaluate((c) => getComputedStyle(c).visibility)).toBe('visible');
		await page.emulateMedia({ media: 'screen' });

		const link = await page.getByLabel(nl.participant_link_copy_label!, { exact: true }).inputValue();
		const participant = await (await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: phone })).newPage();
		await participant.goto(link);
		expect(new URL(participant.url()).pathname).toBe('/mijn');
		await participant.getByRole('heading', { level: 1, name: nl.participant_mine_title!, exact: true }).waitFor();
		expect(await participant.locator('main').innerText()).toContain('Buurthuis');
		await participant.getByRole('link', { name: nl.participant_mine_calendar!, exact: true }).waitFor();
		expect(await fitsPhone(participant)).toBe(true);
		await audit(participant, 'my meetings, 360 px');

		await participant.context().addCookies([{ name: 'sd_locale', value: 'en', url: app.url }]);
		await participant.reload();
		await participant.getByRole('heading', { level: 1, name: en.participant_mine_title!, exact: true }).waitFor();
		await audit(participant, 'my meetings, English');

		await navigatingBy(participant, () => participant.getByRole('button', { name: en.participant_mine_forget!, exact: true }).click());
		expect(new URL(participant.url()).pathname).toBe('/mijn/vergeten');
		await participant.getByRole('heading', { level: 1, name: en.participant_forgotten_title!, exact: true }).waitFor();
		expect(await fitsPhone(participant)).toBe(true);
		await audit(participant, 'forgotten on this device, English');
		expect((await participant.context().cookies()).some((c) => c.name === 'sd_participant')).toBe(false);
		expect(violations, `\n${formatViolations(violations)}\n`).toEqual([]);
	});
});
