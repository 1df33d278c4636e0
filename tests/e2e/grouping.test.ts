import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { shortNames } from '../../src/lib/domain/groupingSession';
import { databaseKinds } from '../support/app';
import { Client } from '../support/client';
import { versionOn } from '../support/forms';
import { password, seedGroupingPeople, seedOrganisation } from '../support/factories';
import { until } from '../support/wait';
import { formatViolations, hasChromium, isFocused, messages, tabTo } from './support/browser';
import { journey } from './support/journey';

const nl = messages('nl');
const fill = (key: string, values: Record<string, string | number>) =>
	Object.entries(values).reduce((text, [name, value]) => text.replaceAll(`{${name}}`, String(value)), nl[key]!);
/** Long enough for a loaded machine; a reload by hand would make the test pass without the live channel. */
const patiently = { timeout: 15_000 };

/** The groups a page shows, as sorted lists of names: each group is a list item named by its heading. */
async function groupsOn(page: Page): Promise<string[][]> {
	return sorted(await page.evaluate((heading) => {
		const pattern = new RegExp(`^${heading.replace('{number}', '\\d+')}$`);
		return [...document.querySelectorAll('h2, h3')]
			.filter((h) => pattern.test(h.textContent?.trim() ?? ''))
			.map((h) =>
				// A member's own text, without the marks after the name (expert, work field).
				[...(h.parentElement?.querySelectorAll('ul > li') ?? [])].map((li) =>
					[...li.childNodes]
						.filter((node) => node.nodeType === Node.TEXT_NODE)
						.map((node) => node.textContent)
						.join('')
						.trim()
				)
			);
	}, nl.grouping_group!));
}

/** Members in name order: the order within a group is not the point. */
const sorted = <T>(groups: T[][]): T[][] => groups.map((group) => [...group].sort());

describe.skipIf(!hasChromium)('grouping in Chromium', () => {
	describe.each(databaseKinds)('grouping a meeting by keyboard, with the projector and the page following live, on %s', (kind) => {
		const run = journey(
			async (db) => {
				const a = await seedOrganisation(db, 'A');
				return { a, group: await seedGroupingPeople(db, a) };
			},
			{ kind, signIn: (seeded) => seeded.a.facilitator.email }
		);

		it('makes groups, swaps two people with the keyboard, locks them; the projector shows each step, and the page a change made elsewhere, by themselves', async () => {
			const { app, page } = run;
			const path = `/series/${app.seeded.a.seriesId}/meetings/${app.seeded.a.meetingId}`;
			const button = (name: string) => page.getByRole('button', { name, exact: true });
			const status = page.getByRole('status');

			// The projector's own browser, signed in as the same facilitator (the laptop beside the beamer).
			const screen = await run.newPage({ width: 1280, height: 720 });
			await screen.context().addCookies(await page.context().cookies());
			await screen.goto(app.url + `${path}/screen`);
			await screen.getByText(nl.grouping_screen_empty!, { exact: true }).waitFor();
			await run.audit(screen, 'projector, no groups');
			let screenNavigations = 0;
			screen.on('framenavigated', () => screenNavigations++);
			const screenReloads = () => screen.waitForResponse((res) => res.url().includes('/screen/__data.json'), patiently);

			await page.goto(app.url + path);
			await page.getByText(nl.grouping_none_yet!, { exact: true }).waitFor();
			let pageNavigations = 0;
			page.on('framenavigated', () => pageNavigations++);
			await run.audit(page, 'meeting, no groups');

			const made = screenReloads();
			await tabTo(page, button(nl.grouping_make!), 80);
			await page.keyboard.press('Enter');
			await status.getByText(nl.grouping_made!, { exact: true }).waitFor();
			await until(() => isFocused(status), 5_000, 'focus on the message');
			await made;
			await page.getByRole('heading', { name: fill('grouping_group', { number: 2 }), exact: true }).waitFor();
			const people = app.seeded.group.people;
			// The projector shows short names (first names, unless two are alike).
			const short = shortNames(Object.entries(people).map(([name, id]) => ({ id, name })));
			const projected = (groups: string[][]) => sorted(groups.map((group) => group.map((name) => short.get(people[name]!))));
			const before = await groupsOn(page);
			expect(before.length).toBeGreaterThan(1);
			expect(before.flat().sort()).toEqual(Object.keys(people).sort());
			await expect.poll(() => groupsOn(screen), patiently).toEqual(projected(before));
			await run.audit(page, 'meeting, groups made');
			await run.audit(screen, 'projector, groups made');

			// Swap the first person of group 1 with the first of group 2, choosing each by typing the start
			// of the name on the closed list, as a keyboard user does (a space would open the list instead).
			const [first, second] = [before[0]![0]!, before[1]![0]!];
			const chooseByKeyboard = async (label: string, name: string) => {
				const select = page.getByRole('combobox', { name: label, exact: true });
				await tabTo(page, select, 80);
				await page.keyboard.type(name.split(' ')[0]!);
				expect(await select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent?.trim())).toBe(
					fill('grouping_swap_option', { name, number: before.findIndex((group) => group.includes(name)) + 1 })
				);
			};
			await chooseByKeyboard(nl.grouping_swap_first!, first);
			await chooseByKeyboard(nl.grouping_swap_second!, second);
			const swapped = screenReloads();
			await page.keyboard.press('Tab');
			expect(await isFocused(button(nl.grouping_swap_button!))).toBe(true);
			await page.keyboard.press('Enter');
			await status.getByText(fill('grouping_swapped', { first, second }), { exact: true }).waitFor();
			await swapped;
			const after = sorted(before.map((group) => group.map((name) => (name === first ? second : name === second ? first : name))));
			await expect.poll(() => groupsOn(page), patiently).toEqual(after);
			await expect.poll(() => groupsOn(screen), patiently).toEqual(projected(after));
			await run.audit(page, 'meeting, two people swapped');

			const locked = screenReloads();
			await tabTo(page, button(nl.grouping_lock_button!), 80);
			await page.keyboard.press('Enter');
			await status.getByText(nl.grouping_locked_saved!, { exact: true }).waitFor();
			await locked;
			await page.getByText(nl.grouping_locked_note!.slice(0, nl.grouping_locked_note!.indexOf('{date}')).trim()).waitFor();
			// Locked groups can no longer be swapped or made again, so those controls are gone.
			expect(await button(nl.grouping_swap_button!).count()).toBe(0);
			expect(await button(nl.grouping_make!).count()).toBe(0);
			expect(await groupsOn(screen)).toEqual(projected(after));
			await run.audit(page, 'meeting, groups locked');

			// A change made elsewhere (the other facilitator's laptop) reaches this page as well.
			const elsewhere = new Client(app.url);
			await elsewhere.signIn(app.seeded.a.facilitator.email, password);
			const unlocked = screenReloads();
			expect((await elsewhere.post(`${path}?/unlock`, {})).status).toBe(200);
			await button(nl.grouping_swap_button!).waitFor(patiently);
			await button(nl.grouping_unlock_button!).waitFor({ state: 'detached' });
			await unlocked;

			expect(screenNavigations).toBe(0);
			expect(pageNavigations).toBe(0);
			expect(run.violations, `\n${formatViolations(run.violations)}\n`).toEqual([]);
			expect(run.errors, app.logs.join('')).toEqual([]);
		});

		it('keeps unsaved ticks when someone else saves the attendance meanwhile, and refuses the save as stale rather than overwrite theirs', async () => {
			const { app, page } = run;
			const path = `/series/${app.seeded.a.seriesId}/meetings/${app.seeded.group.meetingIds[2]}`;
			const people = app.seeded.group.people;
			const [mine, theirs] = ['Anna Aalders', 'Bram Bakker'];
			const box = (name: string) => page.locator(`#present-${people[name]}`);
			await page.goto(app.url + path);
			await box(mine).uncheck();

			// The other facilitator marks someone else absent and saves, on their own laptop.
			const elsewhere = new Client(app.url);
			await elsewhere.signIn(app.seeded.a.facilitator.email, password);
			const everyone = Object.values(people);
			const version = await versionOn(elsewhere, path);
			const saved = await elsewhere.post(`${path}?/attendance`, { person: everyone, present: everyone.filter((id) => id !== people[theirs]), version });
			expect(saved.status).toBe(200);

			await page.getByText(nl.grouping_attendance_changed_elsewhere!, { exact: true }).waitFor(patiently);
			expect(await box(mine).isChecked()).toBe(false);
			// Their change is not shown as if it were this facilitator's own tick: the save decides.
			expect(await box(theirs).isChecked()).toBe(true);
			await run.audit(page, 'meeting, attendance changed elsewhere');

			await page.getByRole('button', { name: nl.grouping_save_attendance!, exact: true }).click();
			const notice = page.getByRole('alert').filter({ hasText: nl.edit_stale_title! });
			await notice.waitFor(patiently);
			// It names whose attendance the other facilitator changed.
			expect(await notice.innerText()).toContain(theirs);
			expect(await box(mine).isChecked()).toBe(false);
			const stored = await (await elsewhere.get(path)).text();
			expect(new RegExp(`id="present-${people[theirs]}"[^>]*checked`).test(stored)).toBe(false);
			await run.audit(page, 'meeting, stale attendance refused');
			expect(run.errors, app.logs.join('')).toEqual([]);
		});
	});
});
