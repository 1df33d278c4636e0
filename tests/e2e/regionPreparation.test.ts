import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { budgetKeys } from '../../src/lib/domain/budget';
import { programme } from '../../src/lib/server/db/schema';
import { seedOrganisation } from '../support/factories';
import { formatViolations, hasChromium, messages, navigatingBy } from './support/browser';
import { journey, phone } from './support/journey';
import { pdfPages } from './support/pdf';

const nl = messages('nl');

/**
 * A coordinator prepares a region on a phone (issue #12): the goals (with the inventory's warning),
 * a budget, a quickscan round, then the region's hub shows each page's state and the plan as PDF
 * holds the budget's totals the Dutch way and Dutch diacritics. Axe and our own checks on each page;
 * nothing scrolls sideways at 360 px.
 */
describe.skipIf(!hasChromium)('preparing a region on a phone in Chromium', () => {
	const run = journey(
		async (db) => {
			const own = await seedOrganisation(db, 'V');
			await db.insert(programme).values({
				organisationId: own.organisationId,
				name: 'Huiswerkbegeleiding Zuid',
				kind: 'project',
				description: 'Begeleiding bij huiswerk voor kinderen',
				runBy: 'Bibliotheek Zuid',
				regionId: null
			});
			return own;
		},
		{ signIn: (seeded) => seeded.coordinator.email, viewport: phone }
	);
	const fitsPhone = (on: Page) => on.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
	const check = async (on: Page, state: string) => {
		expect(await fitsPhone(on), `${state} scrolls sideways`).toBe(true);
		await run.audit(on, state);
	};

	it('fills the plan, a budget and a quickscan, and reads the plan back from its PDF', async () => {
		const { app, page } = run;
		const region = `${app.url}/regions/${app.seeded.regionId}`;

		// The plan's goals; a goal like a programme already there is saved, with a warning and a link.
		await page.goto(`${region}/plan`);
		await check(page, 'the plan, 360 px');
		await page.locator('textarea[name="goals"]').fill('Ideeën van inwoners ophalen, met één team.\nHuiswerkbegeleiding voor kinderen in Zuid');
		await navigatingBy(page, () => page.getByRole('button', { name: nl.plan_save!, exact: true }).click());
		const saved = await page.locator('main').innerText();
		expect(saved).toContain(nl.plan_saved!);
		expect(saved).toContain(nl.plan_similar_title!);
		expect(await page.getByRole('link', { name: 'Huiswerkbegeleiding Zuid (Bibliotheek Zuid)', exact: true }).getAttribute('href')).toMatch(/^\/inventory\//);
		await check(page, 'the plan saved, with a similar programme, 360 px');

		// A budget of € 1.300,75 a year: one series of one meeting, only office supplies.
		await page.goto(`${region}/budget`);
		await check(page, 'the budget, 360 px');
		for (const key of budgetKeys) await page.locator(`input[name="${key}"]`).fill(key === 'seriesPerYear' || key === 'meetingsPerSeries' ? '1' : '0');
		await page.locator('input[name="supplies"]').fill('1.300,75');
		await navigatingBy(page, () => page.getByRole('button', { name: nl.budget_save!, exact: true }).click());
		expect(await page.locator('main').innerText()).toContain(nl.budget_saved!);
		await check(page, 'the budget saved, 360 px');

		// A quickscan round: money still to do, with how the region wants to strengthen it.
		await page.goto(`${region}/quickscan`);
		await check(page, 'the quickscan, 360 px');
		await page.locator('input[name="moneyStatus"][value="toDo"]').check();
		await page.locator('textarea[name="moneyStrengthen"]').fill('Een aanvraag voor coördinatie bij één fonds');
		await page.locator('input[name="networkStatus"][value="inPlace"]').check();
		await navigatingBy(page, () => page.getByRole('button', { name: nl.quickscan_save!, exact: true }).click());
		await check(page, 'the quickscan saved, 360 px');

		// The hub: a line on each preparation page.
		await page.goto(region);
		const hub = await page.locator('main').innerText();
		expect(hub).toContain('€ 1.300,75 per jaar');
		expect(hub).toContain('nog geen bronnen');
		expect(hub).toContain('6 onderwerpen vragen nog aandacht');
		for (const name of [nl.region_hub_budget!, nl.region_hub_funding!, nl.region_hub_quickscan!, nl.region_hub_stakeholders!, nl.region_hub_inventory!])
			await page.getByRole('link', { name, exact: true }).waitFor();
		await check(page, 'the region hub, 360 px');

		// The plan as PDF, downloaded as a reader would, and its text read back.
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: nl.region_hub_plan_pdf!, exact: true }).click()]);
		const path = await download.path();
		const text = (await pdfPages(new Uint8Array(await readFile(path)))).join(' ');
		expect(text).toContain('Ideeën van inwoners ophalen, met één team.');
		expect(text).toContain('Totaal € 1.300,75 € 1.300,75');
		expect(text).toContain('Nog te vinden: € 1.300,75');
		expect(text).toContain('Een aanvraag voor coördinatie bij één fonds');

		await page.goto(`${region}/plan/print`);
		expect(await page.locator('main').innerText()).toContain('€ 1.300,75');
		await check(page, 'the plan as a print page, 360 px');

		expect(formatViolations(run.violations)).toBe('');
		expect(run.errors).toEqual([]);
	});
});
