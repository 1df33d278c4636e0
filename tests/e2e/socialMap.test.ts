import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../support/app';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { actorsOf } from '../support/inProcess';
import { seedSocialMap } from '../support/socialMapFixture';
import { axeViolations, formatViolations, hasChromium, launchChromium, messages } from './support/browser';

const nl = messages('nl');

describe.skipIf(!hasChromium)('the social map on a phone in Chromium', () => {
	let app: RunningApp<SeededOrganisation>;
	let browser: Browser;
	const errors: string[] = [];

	beforeAll(async () => {
		app = await startApp('pglite', async (db) => {
			const seeded = await seedOrganisation(db, 'A');
			await seedSocialMap(db, (await actorsOf(db, seeded)).coordinator);
			return seeded;
		});
		browser = await launchChromium();
	}, 120_000);
	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	const fitsAndPasses = async (page: Page, state: string) => {
		expect(await page.evaluate(() => document.documentElement.scrollWidth), state).toBeLessThanOrEqual(360);
		expect(formatViolations(await axeViolations(page, state))).toBe('');
	};

	it('finds debt help, records a warm handover and notes how it went', async () => {
		const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		page.setDefaultTimeout(15_000);
		page.on('response', (res) => {
			if (res.status() >= 500) errors.push(`${res.status()} ${res.url()}`);
		});
		await page.goto(`${app.url}/login`);
		await page.getByLabel(nl.email!, { exact: true }).fill(app.seeded.facilitator.email);
		await page.getByLabel(nl.password!, { exact: true }).fill(password);
		await Promise.all([page.waitForURL((url) => url.pathname === '/series'), page.getByRole('button', { name: nl.login_submit, exact: true }).click()]);

		await page.goto(`${app.url}/map`);
		await fitsAndPasses(page, 'map');
		await page.getByLabel(nl.socialMap_search_label!).fill('schulden');
		await Promise.all([page.waitForURL((url) => url.searchParams.get('q') === 'schulden'), page.getByRole('button', { name: nl.socialMap_search_submit, exact: true }).click()]);
		const first = page.getByRole('list', { name: nl.socialMap_results_title }).getByRole('listitem').first();
		await expect(first.getByRole('heading').textContent()).resolves.toBe('Schuldhulpverlening');
		await fitsAndPasses(page, 'search results');

		// A typo still finds, and hostile input is just a search.
		await page.goto(`${app.url}/map?q=${encodeURIComponent('jeugdfnds')}`);
		await expect(page.getByRole('list', { name: nl.socialMap_results_title }).getByRole('heading').first().textContent()).resolves.toBe('Jeugdfonds Sport & Cultuur');
		const hostile = await page.goto(`${app.url}/map?q=${encodeURIComponent(`"'; drop table map_service; -- 💸 <script>alert(1)</script> ${'x'.repeat(10_000)}`)}`);
		expect(hostile?.status()).toBe(200);

		await page.goto(`${app.url}/map?q=schulden`);
		await Promise.all([page.waitForURL((url) => /^\/map\/[0-9a-f-]{36}$/.test(url.pathname)), first.getByRole('link').click()]);
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Schuldhulpverlening');
		await expect(page.getByText(nl.socialMap_handover_privacy!).count()).resolves.toBe(1);
		await fitsAndPasses(page, 'service');

		await expect(page.getByLabel(nl.socialMap_handover_contact!).inputValue()).resolves.toBe('Anouk de Vries');
		await page.getByLabel(nl.socialMap_handover_initials!, { exact: false }).fill('jk');
		await page.getByLabel(nl.socialMap_handover_after!.replace('{days}', '14')).check();
		await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: nl.socialMap_handover_submit, exact: true }).click()]);
		await expect(page.getByRole('status').filter({ hasText: nl.socialMap_handover_recorded!.split('{')[0]!.trim() }).count()).resolves.toBe(1);
		await fitsAndPasses(page, 'handover recorded');

		await page.goto(`${app.url}/map/handovers`);
		await expect(page.getByText('J.K. in contact gebracht met Anouk de Vries.').count()).resolves.toBe(1);
		await fitsAndPasses(page, 'handovers');
		await page.getByLabel(nl.socialMap_handover_outcome!).fill('Eerste gesprek gehad, loopt goed.');
		await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: nl.socialMap_handover_close, exact: true }).click()]);
		await expect(page.getByRole('status').textContent()).resolves.toContain(nl.socialMap_handover_noted);
		await expect(page.getByText(nl.socialMap_handovers_none!).count()).resolves.toBe(1);
		await fitsAndPasses(page, 'handover closed');
		expect(errors).toEqual([]);
		await context.close();
	}, 120_000);

	it('shows the coordinator the service form, phone-sized and accessible', async () => {
		const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		await page.goto(`${app.url}/login`);
		await page.getByLabel(nl.email!, { exact: true }).fill(app.seeded.coordinator.email);
		await page.getByLabel(nl.password!, { exact: true }).fill(password);
		await Promise.all([page.waitForURL((url) => url.pathname === '/series'), page.getByRole('button', { name: nl.login_submit, exact: true }).click()]);
		await page.goto(`${app.url}/map/new`);
		await fitsAndPasses(page, 'new service');
		// A duplicate at the same postcode is named; the coordinator may go on.
		await page.getByLabel(nl.socialMap_name!).fill('Voedselbank Zwolle');
		await page.getByLabel(nl.socialMap_provider_new!, { exact: false }).fill('Voedselbank');
		await page.getByLabel(nl.socialMap_postcode!, { exact: false }).fill('8021 ab');
		await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: nl.socialMap_add, exact: true }).click()]);
		await expect(page.getByText(nl.socialMap_duplicate_intro!).count()).resolves.toBe(1);
		await fitsAndPasses(page, 'duplicate warning');
		await page.getByLabel(nl.socialMap_duplicate_override!).check();
		await Promise.all([page.waitForURL((url) => /^\/map\/[0-9a-f-]{36}$/.test(url.pathname)), page.getByRole('button', { name: nl.socialMap_add, exact: true }).click()]);
		await page.goto(`${app.url}/map/import`);
		await fitsAndPasses(page, 'import');
		// A file with a record that lacks its id: the report names the spot and says what is wrong, in Dutch.
		const bad = JSON.stringify({ organizations: [{ name: 'Zonder id', description: 'Een organisatie zonder id' }] });
		await page.locator('#field-file').setInputFiles({ name: 'kaart.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
		await Promise.all([page.waitForLoadState('load'), page.getByRole('button', { name: nl.socialMap_import_submit, exact: true }).click()]);
		await expect(page.getByText(nl.socialMap_import_invalid!).count()).resolves.toBe(1);
		await expect(page.locator('.sd-report li li', { hasText: nl.socialMap_problem_required! }).locator('code').textContent()).resolves.toBe('/id');
		await fitsAndPasses(page, 'import report');
		await page.goto(`${app.url}/map/stale`);
		await fitsAndPasses(page, 'stale');
		await context.close();
	}, 120_000);
});
