import { eq } from 'drizzle-orm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarMonths } from '../../src/lib/domain/retention';
import { toInstant } from '../../src/lib/domain/schedule';
import { meeting } from '../../src/lib/server/db/schema';
import { startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { axeViolations, formatViolations, hasChromium, isoDateFromToday, launchChromium, messages } from './support/browser';

const nl = messages('nl');

describe.skipIf(!hasChromium)('the retention notice in Chromium', () => {
	let app: RunningApp<SeededOrganisation>;
	let browser: Browser;
	// The seeded series' last meeting was 12 months before the day 20 days from now: its resident goes then.
	const lastMeeting = addCalendarMonths(isoDateFromToday(20), -12);
	const due = addCalendarMonths(lastMeeting, 12);

	beforeAll(async () => {
		app = await startApp('pglite', async (db) => {
			const a = await seedOrganisation(db, 'A');
			const meetings = await db.select().from(meeting).where(eq(meeting.seriesId, a.seriesId)).orderBy(meeting.number);
			for (const [i, m] of meetings.entries()) {
				const date = addCalendarMonths(lastMeeting, i - meetings.length + 1);
				await db.update(meeting).set({ date, startsAt: toInstant(date, '10:00') }).where(eq(meeting.id, m.id));
			}
			return a;
		});
		browser = await launchChromium();
	});
	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	it('shows the coordinator who goes on which day, on a phone, accessibly, and keeps a series longer', async () => {
		const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 360, height: 740 } });
		const page = await context.newPage();
		await page.goto(`${app.url}/login`);
		await page.getByLabel(nl.email!, { exact: true }).fill(app.seeded.coordinator.email);
		await page.getByLabel(nl.password!, { exact: true }).fill(password);
		await Promise.all([page.waitForURL((url) => url.pathname === '/series'), page.getByRole('button', { name: nl.login_submit, exact: true }).click()]);
		await page.goto(`${app.url}/organisation`);
		await page.getByRole('link', { name: nl.retention_link, exact: true }).click();
		await page.waitForURL((url) => url.pathname === '/organisation/retention');
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(nl.retention_title);
		const [y, m, d] = due.split('-').map(Number) as [number, number, number];
		const day = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d, 12)));
		const section = page.getByRole('region', { name: nl.retention_series!.replace('{series}', 'Reeks A') });
		await expect(section.getByRole('listitem').filter({ hasText: 'Bewoner A' }).textContent()).resolves.toContain(day);
		// The facilitator of that series is a member: kept, so not listed.
		await expect(page.getByText('Begeleider A').count()).resolves.toBe(0);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
		expect(formatViolations(await axeViolations(page, '360 px'))).toBe('');

		// Kept three months longer: said so, and the series leaves the coming month's list.
		await Promise.all([page.waitForLoadState('load'), section.getByRole('button').click()]);
		await expect(page.getByRole('status').textContent()).resolves.toContain(nl.retention_postponed!.replace('{months}', '3'));
		await expect(page.getByText(nl.retention_empty!).count()).resolves.toBe(1);
		expect(formatViolations(await axeViolations(page, 'postponed'))).toBe('');
		await context.close();
	});

	it('is not there for a facilitator or a stakeholder', async () => {
		for (const member of [app.seeded.facilitator, app.seeded.stakeholder]) {
			const client = new Client(app.url);
			await client.signIn(member.email, password);
			expect((await client.get('/organisation/retention')).status, member.email).toBe(404);
		}
	});
});
