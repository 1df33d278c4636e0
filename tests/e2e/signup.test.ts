import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seedOrganisation } from '../support/factories';
import { formatViolations, hasChromium, messages, navigatingBy } from './support/browser';
import { journey, phone } from './support/journey';
import { pdfPages } from './support/pdf';

const nl = messages('nl');
const en = messages('en');
const t = (key: string) => {
	const text = nl[key];
	if (text === undefined) throw new Error(`no message ${key}`);
	return text;
};

describe.skipIf(!hasChromium)('the public sign-up in Chromium (issue #12 item 7)', () => {
	const run = journey((db) => seedOrganisation(db, 'Werf'), { signIn: (seeded) => seeded.coordinator.email, viewport: phone });
	const fitsPhone = (on: Page) => on.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

	it('a member of the public signs up on a phone, and the coordinator accepts them into the group', async () => {
		const { app, page } = run;
		// The coordinator opens the sign-up and takes the link.
		await page.goto(`${app.url}/series/${app.seeded.seriesId}/signups`);
		await navigatingBy(page, () => page.getByRole('button', { name: t('signup_open'), exact: true }).click());
		const link = await page.locator('main a[href*="/aanmelden/"]').getAttribute('href');
		if (!link) throw new Error('no sign-up link');
		expect(await fitsPhone(page)).toBe(true);
		await run.audit(page, 'sign-ups, open, 360 px');

		// Someone from the neighbourhood, on their own phone, without an account.
		const visitor = await run.newPage(phone);
		await visitor.goto(link);
		await visitor.getByRole('heading', { level: 1, name: t('signup_page_title').replace('{series}', 'Reeks Werf') }).waitFor();
		expect(await visitor.locator('main').innerText()).toContain(t('signup_free'));
		expect(await fitsPhone(visitor)).toBe(true);
		await run.audit(visitor, 'public sign-up, 360 px');

		// Sent without the consent: a clear message at the box, and what was typed is kept.
		await visitor.getByLabel(t('signup_name'), { exact: true }).fill('Noor Vlinder');
		await visitor.getByLabel(t('signup_email'), { exact: true }).fill('noor@vlinder.test');
		await visitor.waitForTimeout(3200);
		await navigatingBy(visitor, () => visitor.getByRole('button', { name: t('signup_submit'), exact: true }).click());
		expect(await visitor.locator('main').innerText()).toContain(t('signup_consent_required'));
		expect(await visitor.getByLabel(t('signup_name'), { exact: true }).inputValue()).toBe('Noor Vlinder');
		await run.audit(visitor, 'public sign-up, consent missing');

		await visitor.getByRole('checkbox', { name: t('signup_consent').replace('{organisation}', 'Organisatie Werf') }).check();
		await navigatingBy(visitor, () => visitor.getByRole('button', { name: t('signup_submit'), exact: true }).click());
		await visitor.getByRole('heading', { level: 1, name: t('signup_thanks_title') }).waitFor();
		expect(await fitsPhone(visitor)).toBe(true);
		await run.audit(visitor, 'public sign-up, thanks');

		// English is there too.
		await visitor.context().addCookies([{ name: 'sd_locale', value: 'en', url: app.url }]);
		await visitor.goto(link);
		await visitor.getByRole('button', { name: en.signup_submit!, exact: true }).waitFor();
		await run.audit(visitor, 'public sign-up, English');

		// The coordinator sees it waiting on the series' page, and accepts.
		await page.goto(`${app.url}/series/${app.seeded.seriesId}`);
		await page.getByRole('link', { name: t('signup_list_link_waiting').replace('{count}', '1'), exact: true }).click();
		await page.waitForURL((u) => u.pathname === `/series/${app.seeded.seriesId}/signups`);
		await page.getByRole('heading', { level: 3, name: 'Noor Vlinder' }).waitFor();
		await navigatingBy(page, () => page.getByRole('button', { name: `${t('signup_accept')}: Noor Vlinder`, exact: true }).click());
		expect(await page.locator('main').innerText()).toContain(t('signup_accepted').replace('{name}', 'Noor Vlinder'));
		expect(await page.getByText(t('signup_none'), { exact: true }).isVisible()).toBe(true);
		await run.audit(page, 'sign-ups, accepted');
		await page.goto(`${app.url}/series/${app.seeded.seriesId}/people`);
		expect(await page.locator('main').innerText()).toContain('Noor Vlinder');

		// The flyer has the QR code to the sign-up page.
		await page.goto(`${app.url}/series/${app.seeded.seriesId}/recruitment/flyer`);
		await page.locator('.sd-sheet svg').waitFor();
		expect(await page.locator('.sd-sheet').innerText()).toContain(link);
		expect(await fitsPhone(page)).toBe(true);
		await run.audit(page, 'flyer, 360 px');
		// Printed, only the sheet is there, on one A4 page; the poster fits one A3 page.
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('h1.sd-sheet__heading').evaluate((h) => getComputedStyle(h).visibility)).toBe('visible');
		expect(await page.locator('header').first().evaluate((h) => getComputedStyle(h).display)).toBe('none');
		// page.pdf prints with the emulated media, so print stays on until the PDFs are made.
		const pagesOf = async (pdf: Buffer) => pdfPages(new Uint8Array(pdf));
		const flyer = await pagesOf(await page.pdf({ preferCSSPageSize: true }));
		expect(flyer, flyer.join('\n---\n')).toHaveLength(1);
		expect(flyer[0]).toContain(t('signup_free'));
		expect(flyer[0]).toContain(link);
		expect(flyer[0]).not.toContain(t('sign_out'));
		expect(flyer[0]).not.toContain(t('signup_back'));
		await page.goto(`${app.url}/series/${app.seeded.seriesId}/recruitment/poster`);
		await page.locator('.sd-sheet svg').waitFor();
		expect(await pagesOf(await page.pdf({ preferCSSPageSize: true }))).toHaveLength(1);
		await page.emulateMedia({ media: 'screen' });

		expect(run.violations, `\n${formatViolations(run.violations)}\n`).toEqual([]);
		expect(run.errors).toEqual([]);
	});
});
