import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { localScheme } from '../../src/lib/server/db/schema';
import { password, seedOrganisation } from '../support/factories';
import { m, nl as inDutch } from '../support/messages';
import { formatViolations, hasChromium, messages, navigatingBy } from './support/browser';
import { journey, phone } from './support/journey';

const nl = messages('nl');

describe.skipIf(!hasChromium)('the funds finder on a phone in Chromium', () => {
	const run = journey(
		async (db) => {
			const own = await seedOrganisation(db, 'F');
			const other = await seedOrganisation(db, 'G');
			const scheme = (organisationId: string, name: string) => ({
				organisationId,
				name,
				description: 'Een budget per kind voor sport, kleding en school',
				needs: ['sportCulture', 'clothing', 'school'] as ('sportCulture' | 'clothing' | 'school')[],
				ageFrom: 0,
				ageTo: 17,
				applicants: ['parent'] as 'parent'[],
				incomeLimitPercent: 120,
				howToApply: 'Vraag het aan bij het loket van de gemeente'
			});
			await db.insert(localScheme).values([scheme(own.organisationId, 'Kindpakket Fdorp'), scheme(other.organisationId, 'Stadspas Gstad')]);
			return own;
		},
		{ signIn: (seeded) => seeded.facilitator.email, viewport: phone }
	);
	const fitsPhone = (on: Page) => on.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
	const section = (on: Page, title: string) => on.getByRole('region', { name: title, exact: true });
	const card = (on: Page, title: string, name: string) => section(on, title).getByRole('listitem').filter({ has: on.getByRole('link', { name, exact: true }) });

	it('finds a fund for a child of 9 whose parent applies, with reasons, next steps and what almost fits', async () => {
		const { app, page } = run;
		const methods: string[] = [];
		page.on('request', (request) => {
			if (request.url().startsWith(app.url)) methods.push(request.method());
		});

		await page.goto(`${app.url}/series`);
		await navigatingBy(page, () => page.getByRole('link', { name: nl.nav_funds!, exact: true }).first().click());
		expect(new URL(page.url()).pathname).toBe('/funds');
		await page.getByRole('heading', { level: 1, name: nl.funds_title!, exact: true }).waitFor();
		expect(await fitsPhone(page)).toBe(true);
		await run.audit(page, 'the finder, empty, 360 px');

		await page.getByLabel(`${nl.funds_age!} ${nl.optional!}`, { exact: true }).fill('9');
		await page.getByLabel(nl.funds_need!, { exact: true }).selectOption({ label: nl.funds_need_birthday! });
		await page.getByRole('radio', { name: nl.funds_applicant_parent!, exact: true }).check();
		await navigatingBy(page, () => page.getByRole('button', { name: nl.funds_search!, exact: true }).click());
		const url = new URL(page.url());
		expect([url.searchParams.get('age'), url.searchParams.get('need'), url.searchParams.get('applicant')]).toEqual(['9', 'birthday', 'parent']);

		const jarigeJob = card(page, nl.funds_fits_title!, 'Stichting Jarige Job');
		const text = await jarigeJob.innerText();
		expect(text).toContain(m.funds_reason_need({ need: nl.funds_need_birthday!.toLowerCase() }, inDutch));
		expect(text).toContain(m.funds_reason_age({ from: 4, to: 12, age: '9' }, inDutch));
		expect(text).toContain(m.funds_reason_applicant({ applicant: nl.funds_applicant_parent!.toLowerCase() }, inDutch));
		expect(text).toContain('zes weken');
		expect(await jarigeJob.getByRole('link', { name: m.funds_link({ name: 'Stichting Jarige Job' }, inDutch) }).getAttribute('href')).toBe('http://www.stichtingjarigejob.nl/');
		expect(await section(page, nl.funds_fits_title!).getByRole('heading', { level: 3 }).count()).toBe(1);

		// The food bank's birthday boxes: right age and need, but the food bank applies.
		const foodBank = await card(page, nl.funds_almost_title!, 'Stichting Kinderen van de Voedselbank').innerText();
		expect(foodBank).toContain(m.funds_miss_applicant({ applicants: nl.funds_applicant_organisation!.toLowerCase() }, inDutch));
		expect(foodBank).toContain(m.funds_next_ask_applicant({ applicants: nl.funds_applicant_organisation!.toLowerCase() }, inDutch));
		expect(await fitsPhone(page)).toBe(true);
		await run.audit(page, 'a birthday for a child of 9, 360 px');

		// Sport for the same child: the organisation's own scheme first, then Leergeld; never another organisation's.
		await page.getByLabel(nl.funds_need!, { exact: true }).selectOption({ label: nl.funds_need_sportCulture! });
		await navigatingBy(page, () => page.getByRole('button', { name: nl.funds_search!, exact: true }).click());
		const fits = section(page, nl.funds_fits_title!).getByRole('heading', { level: 3 });
		expect((await fits.allInnerTexts()).map((t) => t.split('\n')[0])).toEqual(['Kindpakket Fdorp', 'Leergeld']);
		expect(await card(page, nl.funds_fits_title!, 'Kindpakket Fdorp').innerText()).toContain(m.funds_income_limit({ percent: 120 }, inDutch));
		expect(await card(page, nl.funds_almost_title!, 'Jeugdfonds Sport & Cultuur').innerText()).toContain(nl.funds_applicant_intermediary!.toLowerCase());
		expect(await page.getByText('Stadspas Gstad').count()).toBe(0);
		expect(await fitsPhone(page)).toBe(true);
		await run.audit(page, 'sport for a child of 9, with the own scheme');

		// One fund's page.
		await navigatingBy(page, () => card(page, nl.funds_fits_title!, 'Leergeld').getByRole('link', { name: 'Leergeld', exact: true }).click());
		expect(new URL(page.url()).pathname).toBe('/funds/leergeld');
		await page.getByRole('heading', { level: 1, name: 'Leergeld', exact: true }).waitFor();
		expect(await page.getByText(m.funds_ages_value({ from: 4, to: 17 }, inDutch), { exact: true }).count()).toBe(1);
		expect(await fitsPhone(page)).toBe(true);
		await run.audit(page, 'one national fund, 360 px');

		// Nothing about the child left this page but as a question in the address bar.
		expect(methods.filter((method) => method !== 'GET')).toEqual([]);
		expect(run.violations, `\n${formatViolations(run.violations)}\n`).toEqual([]);
		expect(run.errors, app.logs.join('')).toEqual([]);
	});

	it('says what is wrong with an age and keeps it, reads 4,5 and 18+, and never fails on odd input', async () => {
		const { app, page } = run;
		await page.goto(`${app.url}/funds?age=negen&need=school&applicant=parent`);
		const age = page.getByLabel(`${nl.funds_age!} ${nl.optional!}`, { exact: true });
		expect(await age.inputValue()).toBe('negen');
		expect(await page.getByRole('alert').innerText()).toContain(nl.funds_age_not_a_number!);
		expect(await page.getByRole('region', { name: nl.funds_fits_title!, exact: true }).count()).toBe(0);
		expect(await fitsPhone(page)).toBe(true);
		await run.audit(page, 'an age that is no number, 360 px');

		await page.goto(`${app.url}/funds?age=${encodeURIComponent('4,5')}&need=school&applicant=parent`);
		expect(await card(page, nl.funds_fits_title!, 'Leergeld').innerText()).toContain(m.funds_reason_age({ from: 4, to: 17, age: '4,5' }, inDutch));
		await page.goto(`${app.url}/funds?age=${encodeURIComponent('18+')}&need=laptop&applicant=intermediary`);
		expect(await card(page, nl.funds_fits_title!, 'Kinderhulp').innerText()).toContain(m.funds_reason_age_if_not_older({ from: 0, to: 20 }, inDutch));

		for (const query of ['age=%00&need=school', `age=${'9'.repeat(10_000)}`, "need=school'%20or%201=1--&applicant=%F0%9F%98%80", 'age=1e309&need=__proto__&applicant=constructor', 'age[]=1&need=school&need=bike']) {
			const res = await page.request.get(`${app.url}/funds?${query}`);
			expect(res.status(), query.slice(0, 60)).toBe(200);
		}
		expect(run.violations, `\n${formatViolations(run.violations)}\n`).toEqual([]);
		expect(run.errors, app.logs.join('')).toEqual([]);
	});

	it('works without JavaScript', async () => {
		const { app, browser } = run;
		const context = await browser.newContext({ locale: 'nl-NL', viewport: phone, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${app.url}/login`);
		await page.getByLabel(nl.email!, { exact: true }).fill(app.seeded.stakeholder.email);
		await page.getByLabel(nl.password!, { exact: true }).fill(password);
		await navigatingBy(page, () => page.getByRole('button', { name: nl.login_submit!, exact: true }).click());
		await page.goto(`${app.url}/funds`);
		await page.getByLabel(`${nl.funds_age!} ${nl.optional!}`, { exact: true }).fill('9');
		await page.getByLabel(nl.funds_need!, { exact: true }).selectOption('birthday');
		await page.getByRole('radio', { name: nl.funds_applicant_parent!, exact: true }).check();
		await navigatingBy(page, () => page.getByRole('button', { name: nl.funds_search!, exact: true }).click());
		expect(await card(page, nl.funds_fits_title!, 'Stichting Jarige Job').count()).toBe(1);
		await context.close();
	});
});
