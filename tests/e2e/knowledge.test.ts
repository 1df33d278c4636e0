import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedOrganisation } from '../support/factories';
import { formatViolations, hasChromium, isFocused, messages, navigatingBy, tabTo } from './support/browser';
import { journey, phone } from './support/journey';

const nl = messages('nl');
const en = messages('en');

/**
 * Issue #13 items 1–2: the working methods and the signals, read by a stakeholder (the role with
 * the fewest rights) on a 360 px phone: reachable from the menu and by keyboard, axe finds nothing,
 * nothing scrolls sideways, and the signals page has nothing to fill in or tick.
 */
describe.skipIf(!hasChromium)('the knowledge base on a phone in Chromium', () => {
	const run = journey((db) => seedOrganisation(db, 'K'), { signIn: (seeded) => seeded.stakeholder.email, viewport: phone });
	const fitsPhone = (on: Page) => on.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
	/** Form controls in the page's own content; the header's language and sign-out forms are not the page's. */
	const controlsInMain = (on: Page) => on.locator('main').locator('form, input, select, textarea, button, [role="checkbox"], [role="radio"], [contenteditable]').count();

	it('opens the methods from the menu, one method and its links, and the signals with the guidance first', async () => {
		const { app, page } = run;
		await page.goto(`${app.url}/series`);
		await page.getByRole('navigation', { name: nl.nav_label!, exact: true }).getByRole('link', { name: nl.nav_knowledge!, exact: true }).click();
		await page.waitForURL((u) => u.pathname === '/methods');

		// Three groups, fourteen methods.
		await page.getByRole('heading', { level: 1, name: nl.methods_title!, exact: true }).waitFor();
		expect(await page.locator('main h2').allInnerTexts()).toEqual(['Signaleren', 'Ondersteunen', 'Stimuleren']);
		expect(await page.locator('main h3 a').count()).toBe(14);
		expect(await fitsPhone(page)).toBe(true);
		await run.audit(page, 'working methods, 360 px');

		// The in-page navigation works from the keyboard.
		const toSupporting = page.getByRole('navigation', { name: nl.knowledge_on_this_page!, exact: true }).getByRole('link', { name: 'Ondersteunen', exact: true });
		await tabTo(page, toSupporting, 60);
		await page.keyboard.press('Enter');
		await page.waitForURL((u) => u.hash === '#supporting');

		await page.getByRole('link', { name: 'Steun bij schulden', exact: true }).click();
		await page.waitForURL((u) => u.pathname === '/methods/debtSupport');
		await page.getByRole('heading', { level: 1, name: 'Steun bij schulden', exact: true }).waitFor();
		expect(await page.locator('main h2').allInnerTexts()).toEqual([
			nl.method_what,
			nl.method_why,
			nl.method_how,
			nl.method_together,
			nl.method_preconditions,
			nl.method_see_also,
			nl.method_funds_title
		]);
		// Debts: the funds that help with an urgent need are named and linked.
		expect(await page.getByRole('link', { name: 'Stichting Urgente Noden', exact: false }).count()).toBeGreaterThan(0);
		expect(await page.getByRole('link', { name: 'Steun bij financiële zelfredzaamheid', exact: true }).getAttribute('href')).toBe('/methods/financialSelfReliance');
		expect(await fitsPhone(page)).toBe(true);
		expect(await controlsInMain(page)).toBe(0);
		await run.audit(page, 'one working method, 360 px');

		await page.getByRole('link', { name: nl.signals_link!, exact: true }).click();
		await page.waitForURL((u) => u.pathname === '/signals');
		await page.getByRole('heading', { level: 1, name: nl.signals_title!, exact: true }).waitFor();
		// The guidance comes before any signal.
		const headings = await page.locator('main h2').allInnerTexts();
		expect(headings[0]).toBe(nl.signals_guidance_title);
		expect(headings.indexOf(nl.signals_guidance_title!)).toBeLessThan(headings.indexOf(nl.signals_list_title!));
		expect(await page.locator('main h3').allInnerTexts()).toEqual(expect.arrayContaining(['Kinderen en jongeren', 'Jongvolwassenen (18+)', 'Ouders', 'Bij een huisbezoek']));
		// Nothing to fill in, tick or send about anyone.
		expect(await controlsInMain(page)).toBe(0);
		expect(await fitsPhone(page)).toBe(true);
		await run.audit(page, 'signals, 360 px');

		// A jump to a section from the in-page navigation lands on it.
		const toParents = page.getByRole('navigation', { name: nl.knowledge_on_this_page!, exact: true }).getByRole('link', { name: 'Ouders', exact: true });
		await toParents.click();
		await page.waitForURL((u) => u.hash === '#parents');
		expect(await isFocused(page.locator('#parents'))).toBe(true);

		// The same page in English, from the header's language switch.
		await navigatingBy(page, () => page.getByRole('button', { name: 'English', exact: true }).click());
		await page.getByRole('heading', { level: 1, name: en.signals_title!, exact: true }).waitFor();
		expect((await page.locator('main h2').allInnerTexts())[0]).toBe(en.signals_guidance_title);
		expect(await page.locator('main h3').allInnerTexts()).toEqual(expect.arrayContaining(['Children and young people', 'Parents', 'During a home visit']));
		expect(await fitsPhone(page)).toBe(true);
		await run.audit(page, 'signals in English, 360 px');
		await page.goto(`${app.url}/methods/resilience`);
		await page.getByRole('heading', { level: 1, name: 'Resilience', exact: true }).waitFor();
		expect(await page.getByRole('link', { name: en.signals_link!, exact: true }).getAttribute('href')).toBe('/signals');
		await run.audit(page, 'one working method in English, 360 px');

		expect(run.violations, `\n${formatViolations(run.violations)}\n`).toEqual([]);
		expect(run.errors, app.logs.join('')).toEqual([]);
	});

	it('answers a method that does not exist with the page that is not there', async () => {
		const { app, page } = run;
		for (const id of ['nothing', 'toString', 'DEBTSUPPORT']) {
			const response = await page.goto(`${app.url}/methods/${id}`);
			expect(response?.status()).toBe(404);
		}
	});
});
