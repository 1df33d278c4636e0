import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it, type TestContext } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Db } from '../../src/lib/server/db';
import { person, series } from '../../src/lib/server/db/schema';
import { startApp, type RunningApp } from '../support/app';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import {
	axeViolations,
	description,
	formatViolations,
	hasChromium,
	isFocused,
	isoDateFromToday,
	launchChromium,
	messages,
	navigatingBy,
	nextFixedHoliday,
	ownViolations,
	tabTo,
	type Violation
} from './support/browser';

const nl = messages('nl');
const en = messages('en');
/** For things that happen once the page's script runs; a slow CI machine may need a few seconds. */
const patiently = { timeout: 10_000 };

const coordinator = { organisation: 'Buurtteam Oost', name: 'Fatima de Vries', email: 'fatima@buurtteam-oost.nl', password: 'samen sterk tegen armoede' };
const seriesName = 'Ontmoetingen Oost, winter';
const people = [
	{ name: 'Anna Bakker', background: 'resident', livedExperience: true },
	{ name: 'Bram Jansen', background: 'professional', livedExperience: false },
	{ name: 'Carla Smit', background: 'volunteer', livedExperience: false }
] as const;


/**
 * The coordinator's tasks start from seeded organisations, never from what another task did. Adding
 * people gets one of its own (the group task's people have the same names); the other tasks do not
 * touch what each other reads.
 */
const taskLabels = ['R', 'T'] as const;
interface Seeded {
	orgs: Record<(typeof taskLabels)[number], SeededOrganisation>;
	/** A series of the group task's organisation without a group yet, beside the three people of the run. */
	groupless: string;
}

async function seedTasks(db: Db): Promise<Seeded> {
	const orgs = {} as Seeded['orgs'];
	for (const label of taskLabels) orgs[label] = await seedOrganisation(db, label);
	const { organisationId, regionId } = orgs.T;
	const [groupless] = await db.insert(series).values({ organisationId, name: seriesName, kind: 'ontmoetingen', mode: 'onLocation', regionId }).returning();
	await db.insert(person).values(people.map((p) => ({ organisationId, ...p })));
	return { orgs, groupless: groupless!.id };
}

describe.skipIf(!hasChromium)(
	hasChromium
		? 'first run and a coordinator\'s tasks in Chromium: setup → sign in; regions and people, a series, its group, planning, ICS, English'
		: 'first run in Chromium (skipped: /usr/bin/chromium not found; install it with `apt-get install -y chromium`)',
	() => {
		let browser: Browser;
		let context: BrowserContext;
		let page: Page;
		/** The app of the journey running now: the empty one for the first run, the seeded one after. */
		let app: RunningApp<unknown>;
		const violations: Violation[] = [];
		const serverErrors: string[] = [];
		const pageErrors: string[] = [];
		/** Every path the journey showed, to check what the server itself sends for it. */
		const visited = new Set<string>();

		const audit = async (state: string) => {
			violations.push(...(await axeViolations(page, state)), ...(await ownViolations(page, state, nl.app_name!)));
		};
		const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
		const field = (label: string) => page.getByLabel(label, { exact: true });
		const button = (name: string) => page.getByRole('button', { name, exact: true });
		/** An advice or warning list: a section known by its heading. */
		const section = (title: string) => page.locator('section').filter({ has: page.getByRole('heading', { name: title, exact: true }) });
		/** Waits until the page is at `path` (a fragment such as #main from the skip link may follow). */
		const arrivedAt = async (path: string | RegExp) => {
			await page.waitForURL((url) => (typeof path === 'string' ? url.pathname === path : path.test(url.pathname)));
			visited.add(new URL(page.url()).pathname);
		};
		const go = async (path: string) => {
			await page.goto(app.url + path);
			visited.add(new URL(page.url()).pathname);
		};

		/** A browser of its own for each journey and task, so no cookie or page state carries over. */
		const freshPage = async () => {
			await context?.close();
			context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', acceptDownloads: true });
			page = await context.newPage();
			page.setDefaultTimeout(10_000);
			page.on('response', (res) => {
				if (res.status() >= 500) serverErrors.push(`${res.status()} ${res.request().method()} ${res.url()}`);
			});
			page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
		};

		/** The tasks' app starts while the first run goes on, rather than after it. */
		let tasksApp: Promise<RunningApp<Seeded>> | undefined;
		const startTasksApp = () => (tasksApp ??= startApp('pglite', seedTasks));

		beforeAll(async () => {
			browser = await launchChromium();
		});
		afterAll(async () => {
			await browser?.close();
			await (await tasksApp)?.stop();
		});

		/** What every journey ends with: no axe violation, a title of its own on each page, no 500 and nothing thrown. */
		const finalChecks = () => {
			it('axe-core finds no WCAG 2.1 A/AA violation on any page of the journey', () => {
				expect(violations, `\n${formatViolations(violations)}\n`).toEqual([]);
			});

			it('every page the journey visited has its own title in the HTML the server sends', async () => {
				const generic: string[] = [];
				for (const path of visited) {
					const html = await (await page.request.get(app.url + path)).text();
					const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.trim() ?? '';
					if (title === '' || title === nl.app_name) generic.push(`${path}: <title>${title}</title>`);
				}
				expect(visited.size).toBeGreaterThan(2);
				expect(generic).toEqual([]);
			});

			it('the server never answered 500 and no page threw', () => {
				expect([...serverErrors, ...pageErrors], app?.logs.join('')).toEqual([]);
			});
			// The next journey starts counting afresh.
			afterAll(() => {
				violations.length = 0;
				serverErrors.length = 0;
				pageErrors.length = 0;
				visited.clear();
			});
		};

		describe('first run: setup → sign in', () => {
			/** Steps share one page in order; once one fails, the rest of this journey is skipped instead of failing in its wake. */
			let broken = false;
			const step = (name: string, run: () => Promise<void>) =>
				it(name, async (ctx: TestContext) => {
					if (broken) ctx.skip('an earlier step failed');
					ctx.onTestFailed(() => {
						broken = true;
					});
					await run();
				});

			beforeAll(async () => {
				const [empty] = await Promise.all([startApp('pglite', async () => null), startTasksApp()]);
				app = empty;
				await freshPage();
			});
			afterAll(async () => {
				await app?.stop();
			});

			step('1. first run: / leads to the setup page, which rejects bad input and keeps what was typed', async () => {
				await go('/');
				await arrivedAt('/setup');
				await heading(nl.setup_title!).waitFor();
				expect(await page.locator('html').getAttribute('lang')).toBe('nl');
				await audit('setup, empty');

				// Nothing filled in: a summary at the top, and a message at every required field.
				await navigatingBy(page, () => button(nl.setup_submit!).click());
				const summary = page.getByRole('alert');
				await summary.waitFor();
				expect(await summary.innerText()).toContain(nl.validation_summary_title);
				// Screen reader users hear what went wrong first: focus moves to the summary once the page runs.
				await expect.poll(() => isFocused(summary), patiently).toBe(true);
				for (const label of [nl.setup_organisation_name!, nl.setup_your_name!, nl.email!]) {
					expect(await field(label).getAttribute('aria-invalid'), label).toBe('true');
					expect(await description(field(label)), label).toContain(nl.validation_required);
				}
				expect(await field(nl.password_new!).getAttribute('aria-invalid')).toBe('true');
				expect(await description(field(nl.password_new!))).toMatch(/Vul dit veld in\.|Dit is te kort/);
				await audit('setup, submitted empty');

				// A malformed e-mail address and a short password: messages at those fields, the rest stays.
				await field(nl.setup_organisation_name!).fill(coordinator.organisation);
				await field(nl.setup_your_name!).fill(coordinator.name);
				await field(nl.email!).fill('fatima-at-buurtteam');
				await field(nl.password_new!).fill('kort');
				await field(nl.password_repeat!).fill('kort');
				await navigatingBy(page, () => button(nl.setup_submit!).click());
				await page.getByRole('alert').waitFor();
				expect(await description(field(nl.email!))).toContain(nl.validation_email);
				expect(await description(field(nl.password_new!))).toMatch(/Dit is te kort: gebruik minstens \d+ tekens\./);
				expect(await field(nl.setup_organisation_name!).inputValue()).toBe(coordinator.organisation);
				expect(await field(nl.setup_your_name!).inputValue()).toBe(coordinator.name);
				expect(await field(nl.email!).inputValue()).toBe('fatima-at-buurtteam');
				expect(await field(nl.setup_organisation_name!).getAttribute('aria-invalid')).toBeNull();
				await audit('setup, bad e-mail and short password');

				await field(nl.email!).fill(coordinator.email);
				await field(nl.password_new!).fill(coordinator.password);
				await field(nl.password_repeat!).fill(coordinator.password);
				await navigatingBy(page, () => button(nl.setup_submit!).click());
				await arrivedAt('/series');
				await heading(nl.series_title!).waitFor();
				expect(await page.getByText(coordinator.organisation).first().isVisible()).toBe(true);
				await audit('series overview, empty');

				// The first-run page is gone for good once the organisation exists.
				await go('/setup');
				expect(new URL(page.url()).pathname).not.toBe('/setup');
			});

			step('2. sign out, then sign in: a wrong password gets a friendly message; the right one works with the keyboard only', async () => {
				await go('/series');
				await navigatingBy(page, () => button(nl.sign_out!).click());
				await arrivedAt('/login');
				await heading(nl.login_title!).waitFor();
				await audit('login');

				await field(nl.email!).fill(coordinator.email);
				await field(nl.password!).fill('niet mijn wachtwoord');
				await navigatingBy(page, () => button(nl.login_submit!).click());
				const alert = page.getByRole('alert');
				await alert.waitFor();
				expect(await alert.innerText()).toContain(nl.login_failed);
				expect(await field(nl.email!).inputValue()).toBe(coordinator.email);
				expect(await field(nl.password!).inputValue()).toBe('');
				await audit('login, wrong password');

				// Keyboard only: the skip link is the first Tab stop and lands in main; then the form.
				await go('/login');
				await page.keyboard.press('Tab');
				const skipLink = page.getByRole('link', { name: nl.skip_to_content, exact: true });
				expect(await isFocused(skipLink)).toBe(true);
				expect(await skipLink.isVisible()).toBe(true);
				await page.keyboard.press('Enter');
				await expect.poll(() => page.evaluate(() => document.activeElement?.id), patiently).toBe('main');
				await page.keyboard.press('Tab');
				expect(await isFocused(field(nl.email!))).toBe(true);
				await page.keyboard.type(coordinator.email);
				await page.keyboard.press('Tab');
				expect(await isFocused(field(nl.password!))).toBe(true);
				await page.keyboard.type(coordinator.password);
				await navigatingBy(page, () => page.keyboard.press('Enter'));
				await arrivedAt('/series');
				await heading(nl.series_title!).waitFor();
			});

			finalChecks();
		});

		describe('a coordinator\'s tasks, each from a seeded organisation', () => {
			let seededApp: RunningApp<Seeded>;
			/**
			 * A new browser, signed in as the coordinator of the task's organisation. Signing in through
			 * the form is the first run's test; here the session is the premise.
			 */
			const signInAs = async (label: keyof Seeded['orgs']) => {
				await freshPage();
				const signedIn = await context.request.post(`${seededApp.url}/login`, {
					form: { email: seededApp.seeded.orgs[label].coordinator.email, password },
					headers: { origin: seededApp.url, accept: 'text/html' },
					maxRedirects: 0
				});
				expect(signedIn.status()).toBe(303);
			};

			beforeAll(async () => {
				seededApp = await startTasksApp();
				app = seededApp;
			});

			it('adds a region and three people', async () => {
				await signInAs('R');
				await go('/regions');
				await heading(nl.regions_title!).waitFor();
				await audit('regions, empty');
				await navigatingBy(page, () => button(nl.region_add!).click());
				await page.getByRole('alert').waitFor();
				expect(await description(field(nl.region_name!))).toContain(nl.validation_required);
				await audit('regions, submitted empty');

				await field(nl.region_name!).fill('Oost');
				await page.getByRole('radio', { name: nl.region_kind_neighbourhood, exact: true }).check();
				await navigatingBy(page, () => button(nl.region_add!).click());
				await page.getByText(nl.region_added!).waitFor();
				expect(await page.getByRole('link', { name: 'Oost', exact: true }).isVisible()).toBe(true);
				await audit('regions, one added');

				// A person without a name or background: messages that name the field, the rest stays.
				await go('/people/new');
				await heading(nl.people_new!).waitFor();
				await audit('new person');
				await page.getByRole('checkbox', { name: nl.people_lived, exact: true }).check();
				await field(`${nl.people_email} ${nl.optional}`).fill('geen-adres');
				await navigatingBy(page, () => button(nl.people_add!).click());
				const summary = page.getByRole('alert');
				await summary.waitFor();
				expect(await summary.innerText()).toContain(`${nl.people_name}: ${nl.validation_required}`);
				expect(await summary.innerText()).toContain(`${nl.people_background}: ${nl.validation_choice}`);
				expect(await description(field(nl.people_name!))).toContain(nl.validation_required);
				expect(await description(field(`${nl.people_email} ${nl.optional}`))).toContain(nl.validation_email);
				expect(await page.getByRole('checkbox', { name: nl.people_lived, exact: true }).isChecked()).toBe(true);
				expect(await field(`${nl.people_email} ${nl.optional}`).inputValue()).toBe('geen-adres');
				expect(await summary.innerText()).toContain(`${nl.consent_how}: ${nl.consent_how_required}`);
				await audit('new person, no name and a bad e-mail');

				for (const person of people) await addPerson(person);
				await audit('person page, just added');
				await go('/people');
				await heading(nl.people_title!).waitFor();
				for (const person of people) expect(await page.getByRole('link', { name: person.name, exact: true }).isVisible()).toBe(true);
				await audit('people list');
			});

			it('makes a new series: bad input keeps what was typed, good input plans it', async () => {
				await signInAs('T');
				await go('/series/new');
				await heading(nl.series_new!).waitFor();
				await audit('new series');

				await page.getByRole('radio', { name: nl.series_mode_onLocation, exact: true }).check();
				await field(nl.series_region!).selectOption({ label: 'Wijk T' });
				await field(`${nl.series_location} ${nl.optional}`).fill('Buurthuis De Brug');
				await field(nl.series_start_date!).fill(isoDateFromToday(-1));
				await field(nl.series_start_time!).fill('19:30');
				await navigatingBy(page, () => button(nl.series_create!).click());
				await page.getByRole('alert').waitFor();
				expect(await description(field(nl.series_name!))).toContain(nl.validation_required);
				expect(await field(nl.series_start_time!).inputValue()).toBe('19:30');
				expect(await field(`${nl.series_location} ${nl.optional}`).inputValue()).toBe('Buurthuis De Brug');
				expect(await field(nl.series_start_date!).inputValue()).toBe(isoDateFromToday(-1));
				expect(await field(nl.series_region!).inputValue()).not.toBe('');
				await audit('new series, empty name');

				// With a name, the date in the past is the one thing left to fix.
				await field(nl.series_name!).fill(seriesName);
				await navigatingBy(page, () => button(nl.series_create!).click());
				await page.getByRole('alert').waitFor();
				expect(await description(field(nl.series_start_date!))).toContain(nl.validation_date_in_past);
				expect(await field(nl.series_name!).inputValue()).toBe(seriesName);
				await audit('new series, start date in the past');

				await field(nl.series_start_date!).fill(isoDateFromToday(30));
				await navigatingBy(page, () => button(nl.series_create!).click());
				await arrivedAt(/^\/series\/[0-9a-f-]{36}$/);
				await heading(seriesName).waitFor();
				expect(await page.getByRole('table').last().locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
				await audit('series page, new');
			});

			it('chooses the group: the advice follows every change before saving', async () => {
				await signInAs('T');
				const seriesPath = `/series/${seededApp.seeded.groupless}`;
				await go(seriesPath);
				await navigatingBy(page, () => page.getByRole('link', { name: nl.series_edit_people, exact: true }).click());
				await arrivedAt(`${seriesPath}/people`);
				const advice = section(nl.series_advice_title!);
				await advice.waitFor();
				const before = await advice.innerText();
				expect(before).toContain(nl.advice_too_few_participants_title);
				expect(before).toContain('nu zijn er 0');
				await audit('group, nobody chosen');

				// Until the page is hydrated a change is not seen, so the choice is repeated until it is.
				const resident = page.getByRole('combobox', { name: `Rol van ${people[0].name}`, exact: true });
				await expect
					.poll(async () => {
						await resident.selectOption({ label: nl.series_role_participant! });
						return advice.innerText();
					}, patiently)
					.toContain('nu is er 1.');
				expect(await advice.innerText()).toContain('Nu kent 1 deelnemer armoede van dichtbij');

				await page.getByRole('combobox', { name: `Rol van ${people[1].name}`, exact: true }).selectOption({ label: nl.series_role_facilitator! });
				await page.getByRole('combobox', { name: `Rol van ${people[2].name}`, exact: true }).selectOption({ label: nl.series_role_participant! });
				await expect.poll(() => advice.innerText(), patiently).toContain('nu zijn er 2.');
				expect(await advice.innerText()).toContain('nu is er 1 begeleider');
				await audit('group, changed but not saved');

				await navigatingBy(page, () => button(nl.save!).click());
				await page.getByText(nl.series_people_saved!).waitFor();
				expect(await resident.inputValue()).toBe('participant');
				await audit('group, saved');

				await go(seriesPath);
				expect(await page.getByText('2 deelnemers, van wie 1 met ervaringskennis van armoede').isVisible()).toBe(true);
				expect(await page.getByText(people[1].name).first().isVisible()).toBe(true);
			});

			it('plans the meetings: a holiday is flagged while typing; bad input keeps what was typed and loses nothing saved', async () => {
				await signInAs('T');
				const seriesPath = `/series/${seededApp.seeded.orgs.T.seriesId}`;
				const seriesName = 'Reeks T';
				const meetingCount = 4;
				await go(seriesPath);
				await navigatingBy(page, () => page.getByRole('link', { name: nl.series_edit_schedule, exact: true }).click());
				await arrivedAt(`${seriesPath}/schedule`);
				await heading(`Planning van ${seriesName}`).waitFor();
				await audit('planning');

				const meeting = (n: number) => page.getByRole('group', { name: new RegExp(`^Bijeenkomst ${n}\\b`) });
				const dateOf = (n: number) => meeting(n).getByLabel(nl.series_date!, { exact: true });
				const dates: string[] = [];
				for (let n = 1; n <= meetingCount; n++) dates.push(await dateOf(n).inputValue());

				// Move the last meeting on or before the holiday onto it, so the order of the meetings stays.
				const holiday = nextFixedHoliday(dates[0]!);
				const holidayName = nl[holiday.key]!;
				const moved = dates.filter((d) => d <= holiday.date).length;
				const warning = section(nl.series_schedule_advice_title!);
				const holidayWarning = `Bijeenkomst ${moved} valt op`;
				expect(await warning.innerText()).not.toContain(holidayName);

				await expect
					.poll(async () => {
						await dateOf(moved).fill(holiday.date);
						return warning.innerText();
					}, patiently)
					.toContain(holidayName);
				expect(await warning.innerText()).toContain(holidayWarning);
				expect(await warning.innerText()).toContain(nl.schedule_on_holiday_title);
				await audit('planning, date on a holiday (unsaved)');

				await navigatingBy(page, () => button(nl.save!).click());
				await page.getByText(nl.series_schedule_saved!).waitFor();
				expect(await dateOf(moved).inputValue()).toBe(holiday.date);
				expect(await warning.innerText()).toContain(holidayName);
				await audit('planning, saved');

				// An empty date in another meeting: an error at that field, the typed changes stay on the page.
				const other = moved === 1 ? 2 : 1;
				const timeOf = (n: number) => meeting(n).getByLabel(nl.series_start_time!, { exact: true });
				await dateOf(other).fill('');
				await timeOf(other).fill('20:15');
				await navigatingBy(page, () => button(nl.save!).click());
				const summary = page.getByRole('alert');
				await summary.waitFor();
				expect(await summary.innerText()).toContain(nl.validation_summary_title);
				expect(await description(dateOf(other))).toContain(nl.validation_date);
				expect(await dateOf(other).inputValue()).toBe('');
				expect(await timeOf(other).inputValue()).toBe('20:15');
				expect(await dateOf(moved).inputValue()).toBe(holiday.date);
				await audit('planning, empty date');

				// Nothing of the failed save reached the database, and the earlier save is still there.
				await go(`${seriesPath}/schedule`);
				expect(await dateOf(other).inputValue()).toBe(dates[other - 1]);
				expect(await timeOf(other).inputValue()).not.toBe('20:15');
				expect(await dateOf(moved).inputValue()).toBe(holiday.date);
			});

			it('downloads the calendar file of the whole series', async () => {
				await signInAs('T');
				const seriesPath = `/series/${seededApp.seeded.orgs.T.seriesId}`;
				await go(seriesPath);
				await audit('series page, planned');
				const [download] = await Promise.all([
					page.waitForEvent('download'),
					page.getByRole('link', { name: nl.series_calendar, exact: true }).click()
				]);
				expect(download.suggestedFilename()).toMatch(/\.ics$/);
				const ics = await readFile(await download.path(), 'utf8');
				expect(ics).toMatch(/^BEGIN:VCALENDAR\r?\n/);
				expect(ics).toContain('END:VCALENDAR');
				expect(ics.match(/^BEGIN:VEVENT\r?$/gm)).toHaveLength(4);
				expect(ics).toMatch(/DTSTART;TZID=Europe\/Amsterdam:\d{8}T\d{6}/);
				expect(ics).toContain('Buurthuis');
			});

			it('switches to English with the keyboard', async () => {
				await signInAs('T');
				const seriesPath = `/series/${seededApp.seeded.orgs.T.seriesId}`;
				await go(seriesPath);
				const english = button('English');
				expect(await english.getAttribute('aria-pressed')).toBe('false');
				await tabTo(page, english);
				await navigatingBy(page, () => page.keyboard.press('Space'));
				await arrivedAt(seriesPath);
				expect(await page.locator('html').getAttribute('lang')).toBe('en');
				expect(await button('English').getAttribute('aria-pressed')).toBe('true');
				expect(await page.getByRole('link', { name: en.series_edit_people, exact: true }).isVisible()).toBe(true);
				await audit('series page, English');

				await go('/series');
				await heading(en.series_title!).waitFor();
				expect(await page.getByRole('navigation', { name: en.nav_label, exact: true }).getByRole('link', { name: en.nav_series, exact: true }).isVisible()).toBe(true);
				await audit('series overview, English');

				await go('/series/new');
				await navigatingBy(page, () => button(en.series_create!).click());
				await page.getByRole('alert').waitFor();
				expect(await description(field(en.series_name!))).toContain(en.validation_required);
				await audit('new series, English, submitted empty');
			});

			finalChecks();
		});

		/** Adds one person through the people form, as a coordinator would. */
		async function addPerson(person: (typeof people)[number]): Promise<void> {
			await go('/people/new');
			await heading(nl.people_new!).waitFor();
			await field(nl.people_name!).fill(person.name);
			await page.getByRole('radio', { name: nl[`background_${person.background}`], exact: true }).check();
			if (person.livedExperience) await page.getByRole('checkbox', { name: nl.people_lived, exact: true }).check();
			// What the person agreed to, and how: nothing is stored without it.
			await page.getByRole('checkbox', { name: nl.consent_takingPart_checkbox, exact: true }).check();
			if (person.livedExperience) await page.getByRole('checkbox', { name: nl.consent_composition_checkbox, exact: true }).check();
			await page.getByRole('radio', { name: nl.consent_source_spoken, exact: true }).check();
			await navigatingBy(page, () => button(nl.people_add!).click());
			await arrivedAt(/^\/people\/[0-9a-f-]{36}$/);
			await heading(person.name).waitFor();
			expect(await page.getByRole('status').innerText()).toContain(`${person.name} staat nu in de lijst.`);
		}
	}
);
