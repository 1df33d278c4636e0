import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedOrganisation } from '../support/factories';
import { formatViolations, hasChromium, messages, navigatingBy } from './support/browser';
import { journey, phone } from './support/journey';
import { pdfPages } from './support/pdf';

const nl = messages('nl');
const fill = (key: string, values: Record<string, string | number>) =>
	Object.entries(values).reduce((text, [name, value]) => text.replaceAll(`{${name}}`, String(value)), nl[key]!);
/** Long enough for a loaded machine; a reload by hand would make the test pass without the live channel. */
const patiently = { timeout: 15_000 };

/** Types a join code on a join page and lands on its live view. */
async function join(page: Page, url: string, code: string, button: string) {
	await page.goto(url);
	await page.getByLabel(nl.join_code_label!, { exact: true }).fill(code);
	await navigatingBy(page, () => page.getByRole('button', { name: button, exact: true }).click());
}

describe.skipIf(!hasChromium)('a live meeting in Chromium', () => {
	const run = journey((db) => seedOrganisation(db, 'A'), { signIn: (seeded) => seeded.facilitator.email });

	it('runs meeting 1 on the laptop, the wall and two phones: fitted to 90 minutes, timed, a wish from a phone on every screen, an offline answer arriving once', async () => {
		const { app, page } = run;
		const meetingPath = `/series/${app.seeded.seriesId}/meetings/${app.seeded.meetingId}`;

		// The facilitator shortens the script to 90 minutes.
		await page.goto(`${app.url}${meetingPath}/agenda?fit=90`);
		await page.getByRole('button', { name: fill('agenda_fit_apply', { target: 90 }), exact: true }).click();
		await page.getByRole('status').getByText(fill('agenda_fitted', { total: 90 }), { exact: true }).waitFor();

		// Codes for the room.
		await page.goto(`${app.url}${meetingPath}/run`);
		await navigatingBy(page, () => page.getByRole('button', { name: nl.codes_open!, exact: true }).click());
		const codes = await page.locator('.sd-join-code').allInnerTexts();
		const [screenCode, phoneCode] = codes;
		expect(codes).toHaveLength(2);
		await run.audit(page, 'run page before the start');

		const wall = await run.newPage({ width: 1280, height: 720 });
		await join(wall, `${app.url}/scherm`, screenCode!, nl.join_screen_submit!);
		await wall.getByText(phoneCode!, { exact: true }).waitFor();
		await run.audit(wall, 'the wall before the start');

		const [first, second] = [await run.newPage(phone), await run.newPage(phone)];
		for (const p of [first, second]) await join(p, `${app.url}/doe-mee?code=${encodeURIComponent(phoneCode!)}`, phoneCode!, nl.join_submit!);
		await first.getByText(nl.room_waiting!, { exact: true }).waitFor();
		await run.audit(first, 'a phone before the start');
		expect(await first.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);

		// Start, and move on to a part with a question: every screen follows by itself.
		await page.getByRole('button', { name: nl.run_start!, exact: true }).click();
		await page.getByRole('heading', { name: new RegExp(`^${nl.run_now}: `) }).waitFor();
		const askedOn = async (p: Page) => (await p.locator('.sd-room__question').innerText()).trim();
		await expect.poll(() => wall.locator('.sd-room__question').count(), patiently).toBe(1);
		let guard = 0;
		while (!(await page.getByText(nl.run_question!, { exact: false }).count()) && guard++ < 10) {
			await page.getByRole('button', { name: nl.run_next_part!, exact: true }).click();
			await page.waitForLoadState('networkidle');
		}
		const question = (await page.locator('.sd-run-now p', { hasText: nl.run_question! }).innerText()).split(':').slice(1).join(':').trim();
		await expect.poll(() => askedOn(wall), patiently).toBe(question);
		await expect.poll(() => first.locator('.sd-phone-question').innerText(), patiently).toBe(question);
		await run.audit(wall, 'the wall with a question');
		await run.audit(first, 'a phone with a question');

		// The clock runs on the laptop: a remaining time that counts down.
		const clockText = () => page.locator('.sd-run-clock').innerText();
		const before = await clockText();
		await expect.poll(clockText, patiently).not.toBe(before);

		// A change wish from the first phone reaches the laptop and the wall.
		await first.getByLabel(nl.room_kind_changeWish!, { exact: true }).check();
		await first.getByLabel(nl.room_text_label!, { exact: true }).fill('Als we nou eens een ruilkast maken');
		await first.getByRole('button', { name: nl.room_send!, exact: true }).click();
		await first.getByRole('status').getByText(nl.room_sent!).waitFor();
		await page.getByText('Als we nou eens een ruilkast maken', { exact: false }).waitFor(patiently);
		await wall.getByText('Als we nou eens een ruilkast maken', { exact: true }).waitFor(patiently);

		// The second phone loses its connection, types and sends; it waits, and arrives once when back.
		await second.context().setOffline(true);
		await second.getByLabel(nl.room_text_label!, { exact: true }).fill('Een warme kop koffie');
		await second.getByRole('button', { name: nl.room_send!, exact: true }).click();
		await second.getByRole('status').getByText(/verbinding/).waitFor();
		await second.context().setOffline(false);
		await second.evaluate(() => window.dispatchEvent(new Event('online')));
		await second.getByRole('status').getByText(nl.room_sent!).waitFor(patiently);
		await page.getByText('Een warme kop koffie', { exact: false }).waitFor(patiently);
		// Sent again when the connection came back, stored once.
		await page.reload();
		expect(await page.locator('.sd-incoming li', { hasText: 'Een warme kop koffie' }).count()).toBe(1);
		await run.audit(page, 'run page with what came in');

		// The script and the handouts as they come out of the printer: A4 pages read back from the PDF.
		await page.goto(`${app.url}${meetingPath}/agenda/print`);
		await run.audit(page, 'the script to print');
		const firstPart = (await page.locator('.sd-script__part h2').first().innerText()).trim();
		const script = await pdfPages(await page.pdf({ format: 'A4' }));
		expect(script.join(' ')).toContain(firstPart.replace(/\s+/g, ' ').slice(0, 20));
		expect(script.join(' ')).toMatch(/10:00/);
		expect(script.join(' ')).not.toContain(nl.agenda_print_button!);
		await page.goto(`${app.url}${meetingPath}/handouts`);
		await run.audit(page, 'the handouts');
		const handouts = await pdfPages(await page.pdf({ format: 'A4' }));
		expect(handouts.length).toBeGreaterThanOrEqual(3);
		// Each sheet starts on a page of its own, in order.
		const pageOf = (title: string) => handouts.findIndex((text) => text.includes(title));
		const starts = [pageOf(nl.handouts_sentences_title!), pageOf(nl.handouts_agreements_title!), pageOf(nl.handouts_homework_title!)];
		expect(starts[0]).toBe(0);
		expect(starts[1]).toBeGreaterThan(starts[0]!);
		expect(starts[2]).toBeGreaterThan(starts[1]!);

		expect(run.violations, `\n${formatViolations(run.violations)}\n`).toEqual([]);
		expect(run.errors, app.logs.join('')).toEqual([]);
	});
});
