import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { versionOn } from '../support/forms';
import { password, seedGroupingPeople, seedOrganisation, type SeededGroupingPeople, type SeededOrganisation } from '../support/factories';
import { hasChromium, launchChromium, messages } from './support/browser';

const nl = messages('nl');
/** Long enough for a loaded machine; a reload by hand would make the test pass without the channel. */
const patiently = { timeout: 15_000 };

describe.skipIf(!hasChromium)('the meeting page and the projector view follow changes by themselves, in Chromium', () => {
	let app: RunningApp<{ a: SeededOrganisation; group: SeededGroupingPeople }>;
	let browser: Browser;
	let screen: Page;
	let meetingPage: Page;
	let elsewhere: Client;
	const pageErrors: string[] = [];
	const path = () => `/series/${app.seeded.a.seriesId}/meetings/${app.seeded.a.meetingId}`;

	beforeAll(async () => {
		app = await startApp('pglite', async (db) => {
			const a = await seedOrganisation(db, 'A');
			return { a, group: await seedGroupingPeople(db, a) };
		});
		browser = await launchChromium();
		const context = await browser.newContext({ baseURL: app.url });
		// Signing in through the form is the first-run journey's test; here the session is the premise.
		const signIn = await context.request.post('/login', {
			form: { email: app.seeded.a.facilitator.email, password },
			headers: { origin: app.url, accept: 'text/html' },
			maxRedirects: 0
		});
		expect(signIn.status()).toBe(303);
		screen = await context.newPage();
		meetingPage = await context.newPage();
		for (const p of [screen, meetingPage]) {
			p.on('pageerror', (e) => pageErrors.push(String(e)));
			p.on('console', (m) => m.type() === 'error' && pageErrors.push(m.text()));
		}
		// The change is made by another facilitator's browser, not by these pages.
		elsewhere = new Client(app.url);
		await elsewhere.signIn(app.seeded.a.facilitator.email, password);
	});
	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	it('shows new groups on the projector and the meeting page without a reload, and the lock after it', async () => {
		await screen.goto(`${path()}/screen`);
		await screen.getByText(nl.grouping_screen_empty!).waitFor();
		await meetingPage.goto(path());
		await meetingPage.getByText(nl.grouping_none_yet!).waitFor();
		let navigations = 0;
		screen.on('framenavigated', () => navigations++);
		meetingPage.on('framenavigated', () => navigations++);

		const ids = Object.values(app.seeded.group.people);
		expect((await elsewhere.post(`${path()}?/make`, { person: ids, present: ids, size: 'pairsOrThrees', version: await versionOn(elsewhere, path()) })).status).toBe(200);
		const firstGroup = nl.grouping_group!.replace('{number}', '1');
		await screen.getByRole('heading', { name: firstGroup }).waitFor(patiently);
		await meetingPage.locator('#group-1').waitFor(patiently);

		expect((await elsewhere.post(`${path()}?/lock`, {})).status).toBe(200);
		const lockedNote = nl.grouping_locked_note!.slice(0, nl.grouping_locked_note!.indexOf('{date}'));
		await meetingPage.getByText(lockedNote).waitFor(patiently);

		expect(navigations).toBe(0);
		expect(pageErrors).toEqual([]);
	});
});
