import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/app';
import { seedOrganisation } from '../support/factories';
import { formatViolations, hasChromium, isFocused, messages, navigatingBy, tabTo } from './support/browser';
import { journey, phone } from './support/journey';

const nl = messages('nl');
const fill = (key: string, values: Record<string, string | number>) =>
	Object.entries(values).reduce((text, [name, value]) => text.replaceAll(`{${name}}`, String(value)), nl[key]!);

describe.skipIf(!hasChromium)('the agenda in Chromium', () => {
	describe.each(databaseKinds)('moving a part by keyboard and fitting the agenda to 90 minutes, on %s', (kind) => {
		const run = journey((db) => seedOrganisation(db, 'A'), { kind, signIn: (seeded) => seeded.facilitator.email });

		it('moves a part with the keyboard, proposes a fit to 90 minutes, applies it, and says the total', async () => {
			const { app, page } = run;
			const path = `/series/${app.seeded.seriesId}/meetings/${app.seeded.meetingId}/agenda`;
			const status = page.getByRole('status');
			await page.goto(app.url + path);
			const parts = page.locator('.sd-agenda > li');
			const titleOf = async (index: number) => (await parts.nth(index).getByRole('heading').innerText()).split('\n').at(-1)!.trim();
			const [first, second] = [await titleOf(0), await titleOf(1)];
			await run.audit(page, 'agenda as planned');

			const down = page.getByRole('button', { name: fill('agenda_move_down_named', { title: first }), exact: true });
			await tabTo(page, down, 60);
			await page.keyboard.press('Enter');
			await status.getByText(nl.agenda_moved!, { exact: true }).waitFor();
			await expect.poll(() => titleOf(0)).toBe(second);
			expect(await titleOf(1)).toBe(first);
			// Focus stays on the moved part's button, so pressing Enter again moves it further.
			await expect.poll(() => isFocused(down)).toBe(true);

			await page.getByLabel(nl.agenda_fit_label!, { exact: true }).fill('90');
			await navigatingBy(page, () => page.getByRole('button', { name: nl.agenda_fit_propose!, exact: true }).click());
			await page.getByRole('heading', { name: fill('agenda_fit_proposal_heading', { target: 90 }), exact: true }).waitFor();
			await run.audit(page, 'fit proposal');
			await page.getByRole('button', { name: fill('agenda_fit_apply', { target: 90 }), exact: true }).click();
			await status.getByText(fill('agenda_fitted', { total: 90 }), { exact: true }).waitFor();
			// The live channel's reload of the same change may still be on its way.
			await expect.poll(() => page.locator('#agenda-total').innerText()).toBe(fill('agenda_total_under', { total: 90, planned: 120, minutes: 30 }));
			await run.audit(page, 'fitted to 90 minutes');

			const onPhone = await run.newPage(phone);
			await onPhone.context().addCookies(await page.context().cookies());
			await onPhone.goto(`${app.url}${path}?fit=90`);
			expect(await onPhone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
			await run.audit(onPhone, 'agenda on a phone');

			expect(run.violations, `\n${formatViolations(run.violations)}\n`).toEqual([]);
			expect(run.errors, app.logs.join('')).toEqual([]);
		});

		it('makes groups for a part in groups of at most five, keeps the agenda as a template, and removes it again', async () => {
			const { app, page } = run;
			const meeting = `/series/${app.seeded.seriesId}/meetings/${app.seeded.meetingId}`;
			const status = page.getByRole('status');
			await page.goto(`${app.url}${meeting}/agenda`);

			await page.getByLabel(nl.agenda_add_format!, { exact: true }).selectOption({ label: fill('agenda_add_format_option', { name: 'Casus verkennen', minutes: 45 }) });
			await page.getByLabel(nl.agenda_add_kind!, { exact: true }).selectOption({ label: nl.agenda_kind_introductions! });
			await page.getByRole('button', { name: nl.agenda_add_button!, exact: true }).click();
			await status.getByText(nl.agenda_added!, { exact: true }).waitFor();
			const added = page.locator('.sd-agenda > li').last();
			// The live channel's reload of the same change may still be on its way.
			await expect.poll(() => added.innerText()).toContain(fill('agenda_part_kind', { kind: nl.agenda_kind_introductions! }));

			await navigatingBy(page, () => added.getByRole('link', { name: fill('agenda_make_groups_named', { title: 'Casus verkennen' }), exact: true }).click());
			const groupsFor = new URL(page.url());
			expect(groupsFor.searchParams.get('size')).toBe('threeToFive');
			expect(await page.getByRole('radio', { name: nl.grouping_size_threeToFive!, exact: true }).isChecked()).toBe(true);
			await page.getByText(fill('grouping_for_part', { title: 'Casus verkennen' })).waitFor();
			await run.audit(page, 'meeting page, groups for a part');
			await navigatingBy(page, () => page.getByRole('link', { name: nl.grouping_back_to_part!, exact: true }).click());
			expect(new URL(page.url()).hash).toMatch(/^#part-[0-9a-f-]{36}$/);

			await page.getByLabel(nl.agenda_template_name!, { exact: true }).fill('Ons eigen draaiboek');
			await page.getByRole('button', { name: nl.agenda_template_button!, exact: true }).click();
			await status.getByText(nl.agenda_template_saved!, { exact: true }).waitFor();
			await navigatingBy(page, () => page.getByRole('link', { name: nl.agenda_template_list_link!, exact: true }).click());
			await page.getByRole('heading', { level: 1, name: nl.templates_title!, exact: true }).waitFor();
			expect(await page.locator('main').innerText()).toContain(fill('templates_part', { title: 'Casus verkennen', minutes: 45 }));
			await run.audit(page, 'own templates');

			await navigatingBy(page, () => page.getByRole('link', { name: 'Ons eigen draaiboek', exact: true }).click());
			const templatePath = new URL(page.url()).pathname;
			await run.audit(page, 'one own template');

			const onPhone = await run.newPage(phone);
			await onPhone.context().addCookies(await page.context().cookies());
			for (const path of ['/templates', templatePath, groupsFor.pathname + groupsFor.search]) {
				await onPhone.goto(app.url + path);
				expect(await onPhone.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(phone.width);
				await run.audit(onPhone, `${path} on a phone`);
			}

			await page.getByRole('checkbox', { name: nl.templates_remove_confirm!, exact: true }).check();
			await navigatingBy(page, () => page.getByRole('button', { name: nl.templates_remove_button!, exact: true }).click());
			await page.getByText(nl.templates_removed!).waitFor();
			expect(await page.getByText(nl.templates_empty!).isVisible()).toBe(true);
			await run.audit(page, 'own template removed');

			expect(run.violations, `\n${formatViolations(run.violations)}\n`).toEqual([]);
			expect(run.errors, app.logs.join('')).toEqual([]);
		});
	});
});
