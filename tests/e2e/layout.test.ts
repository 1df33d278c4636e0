import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { activityFormat, agendaTemplate, localScheme, meetingGroup, membership, organisation, person, programme, region, regionPartner, regionPlan, stakeholder, stakeholderUpdate, user } from '../../src/lib/server/db/schema';
import { eq } from 'drizzle-orm';
import { startApp, type RunningApp } from '../support/app';
import { password, seedGroupingPeople, seedOrganisation, type SeededGroupingPeople, type SeededOrganisation } from '../support/factories';
import { axeViolations, formatViolations, hasChromium, launchChromium, messages, type Violation } from './support/browser';

const nl = messages('nl');
const brand = '#1a5f8c';

interface Seeded {
	a: SeededOrganisation;
	group: SeededGroupingPeople;
	formatId: string;
	schemeId: string;
	templateId: string;
	memberId: string;
	programmeId: string;
	stakeholderId: string;
	updateId: string;
	partnerId: string;
}

/** Every page a member can reach, with the data the seed gives it; `signedOut` pages are visited first. */
const pages: { path: (s: Seeded) => string; signedOut?: true }[] = [
	{ path: () => '/login', signedOut: true },
	{ path: () => '/invite/not-a-real-token', signedOut: true },
	{ path: () => '/login/forgot', signedOut: true },
	{ path: () => '/login/reset/not-a-real-token', signedOut: true },
	{ path: () => '/p/not-a-real-token', signedOut: true },
	{ path: () => '/mijn', signedOut: true },
	{ path: () => '/series' },
	{ path: () => '/series/new' },
	{ path: (s) => `/series/${s.a.seriesId}` },
	{ path: (s) => `/series/${s.a.seriesId}/people` },
	{ path: (s) => `/series/${s.a.seriesId}/people/${s.a.personId}/link` },
	{ path: (s) => `/series/${s.a.seriesId}/schedule` },
	{ path: (s) => `/series/${s.a.seriesId}/settings` },
	{ path: (s) => `/series/${s.a.otherSeriesId}` },
	{ path: (s) => `/series/${s.a.seriesId}/meetings/${s.group.meetingIds[0]}` },
	{ path: (s) => `/series/${s.a.seriesId}/meetings/${s.group.meetingIds[0]}/screen` },
	{ path: (s) => `/series/${s.a.seriesId}/meetings/${s.group.meetingIds[0]}/agenda?fit=90` },
	{ path: (s) => `/series/${s.a.seriesId}/meetings/${s.group.meetingIds[0]}/agenda/print` },
	{ path: () => '/people' },
	{ path: () => '/people/new' },
	{ path: (s) => `/people/${s.a.personId}` },
	{ path: () => '/regions' },
	{ path: (s) => `/regions/${s.a.regionId}` },
	{ path: (s) => `/regions/${s.a.regionId}/budget` },
	{ path: (s) => `/regions/${s.a.regionId}/funding` },
	{ path: (s) => `/regions/${s.a.regionId}/plan` },
	{ path: (s) => `/regions/${s.a.regionId}/plan/partners/${s.partnerId}` },
	{ path: (s) => `/regions/${s.a.regionId}/plan/print` },
	{ path: () => '/organisation' },
	{ path: () => '/organisation/outbox' },
	{ path: () => '/organisation/retention' },
	// After the person's page above, so the log has lines: one person's log, then a name search with a date that is no date.
	{ path: (s) => `/organisation/audit?person=${s.a.personId}` },
	{ path: () => '/organisation/audit?name=Bewoner&to=2026-13-45' },
	{ path: (s) => `/organisation/members/${s.memberId}` },
	{ path: () => '/formats' },
	{ path: () => '/formats/new' },
	{ path: () => '/formats/sentenceCompletion' },
	{ path: (s) => `/formats/own/${s.formatId}` },
	{ path: (s) => `/formats/own/${s.formatId}/edit` },
	{ path: () => '/methods' },
	{ path: () => '/methods/recognisingAndDiscussing' },
	{ path: () => '/signals' },
	{ path: () => '/funds' },
	{ path: () => '/funds?age=9&need=birthday&applicant=parent' },
	{ path: () => '/funds?age=negen&need=&applicant=' },
	{ path: () => '/funds/kinderenVanDeVoedselbank' },
	{ path: () => '/funds/local/new' },
	{ path: (s) => `/funds/local/${s.schemeId}` },
	{ path: (s) => `/funds/local/${s.schemeId}/edit` },
	{ path: () => '/templates' },
	{ path: (s) => `/templates/${s.templateId}` },
	{ path: (s) => `/regions/${s.a.regionId}/quickscan` },
	{ path: (s) => `/regions/${s.a.regionId}/stakeholders` },
	{ path: (s) => `/regions/${s.a.regionId}/stakeholders/${s.stakeholderId}` },
	{ path: (s) => `/regions/${s.a.regionId}/stakeholders/updates/${s.updateId}` },
	{ path: () => '/inventory' },
	{ path: (s) => `/inventory/${s.programmeId}` },
	{ path: () => '/no-such-page' }
];

/** The elements that stick out furthest to the right, to say what makes a page too wide. */
function widest(page: Page, limit: number) {
	return page.evaluate((max) => {
		const found: string[] = [];
		for (const el of document.querySelectorAll('body *')) {
			const right = el.getBoundingClientRect().right;
			if (right > max + 0.5) found.push(`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} ends at ${Math.round(right)}px`);
		}
		return found.slice(0, 8);
	}, limit);
}

describe.skipIf(!hasChromium)('layout in Chromium', () => {
	let app: RunningApp<Seeded>;
	let browser: Browser;
	let context: BrowserContext;
	let page: Page;

	beforeAll(async () => {
		app = await startApp('pglite', async (db) => {
			const a = await seedOrganisation(db, 'A');
			const group = await seedGroupingPeople(db, a);
			await db.update(organisation).set({ themeColour: brand }).where(eq(organisation.id, a.organisationId));
			await db.update(region).set({ name: 'Wijk Noordoost-Binnenstad en omgeving' }).where(eq(region.id, a.regionId));
			// Enough people that the list runs far below the first screen of a phone.
			await db.insert(person).values(Array.from({ length: 30 }, (_, i) => ({ organisationId: a.organisationId, name: `Buurtbewoner ${i + 1}`, background: 'resident' as const })));
			const people = Object.values(group.people);
			await db.insert(meetingGroup).values(people.map((personId, index) => ({ meetingId: group.meetingIds[0]!, personId, groupNumber: (index % 4) + 1 })));
			const [format] = await db
				.insert(activityFormat)
				.values({
					organisationId: a.organisationId,
					name: 'Wandelgesprek langs de rivier en door het park',
					purpose: 'In tweetallen praten terwijl u samen een rondje loopt, zodat het gesprek vanzelf gaat.',
					minutes: 25,
					groupForm: 'smallGroups',
					maxGroupSize: 4,
					steps: ['Maak groepjes van vier.', 'Loop samen een rondje om het buurthuis en praat over de vraag.'],
					materials: ['Goede schoenen'],
					prompts: ['Wat viel u vandaag op onderweg?']
				})
				.returning({ id: activityFormat.id });
			const part = { templateKey: null, kind: 'deepDive' as const, yields: null, notes: null, question: null, shortest: 20, longest: 60, format: null };
			const [template] = await db
				.insert(agendaTemplate)
				.values({
					organisationId: a.organisationId,
					basedOn: 'ontmoeting2',
					name: 'Ons draaiboek voor de tweede bijeenkomst, met een lange wandeling door de wijk',
					parts: [
						{ ...part, title: 'Wandelgesprek langs de rivier en door het park, met een vraag om over na te denken', minutes: 40 },
						{ ...part, title: 'Terugkomen in de kring', minutes: 20 }
					]
				})
				.returning({ id: agendaTemplate.id });
			const [scheme] = await db
				.insert(localScheme)
				.values({
					organisationId: a.organisationId,
					name: 'Kindpakket van de gemeente Overbetuwe-Lingewaard-Nijmegen voor alle kinderen',
					description: 'Een persoonlijk budget per kind tot 18 jaar voor kleding, zwemles, sport, de bibliotheek en schoolkosten.',
					needs: ['clothing', 'sportCulture', 'school'],
					ageFrom: 0,
					ageTo: 17,
					applicants: ['parent', 'intermediary'],
					incomeLimitPercent: 130,
					conditions: 'Alleen voor inwoners met een inkomen tot 130 procent van het sociaal minimum.',
					howToApply: 'Aanvragen op https://www.voorbeeldgemeente.nl/inwoners/werk-en-inkomen/minimaregelingen/kindpakket-aanvragen of bij het loket.',
					link: 'https://www.voorbeeldgemeente.nl/inwoners/werk-en-inkomen/minimaregelingen/kindpakket-aanvragen'
				})
				.returning({ id: localScheme.id });
			const [member] = await db.select({ id: membership.id }).from(membership).where(eq(membership.organisationId, a.organisationId)).limit(1);
			// The coordinator is a member of a second organisation too, so every page has the switch in its header.
			const [second] = await db.insert(organisation).values({ name: 'Stichting Tweede Organisatie met een lange naam' }).returning({ id: organisation.id });
			const [coordinatorUser] = await db.select({ id: user.id }).from(user).where(eq(user.email, a.coordinator.email));
			await db.insert(membership).values({ organisationId: second!.id, userId: coordinatorUser!.id, role: 'stakeholder' });
			// Preparing the region: long names and an address without spaces, as people type them.
			const [entry] = await db
				.insert(programme)
				.values({ organisationId: a.organisationId, name: 'Huiswerkbegeleiding en voorleesproject voor kinderen in Noordoost', kind: 'project', runBy: 'Stichting Welzijn Noordoost, Openbare Bibliotheek', regionId: a.regionId })
				.returning({ id: programme.id });
			const [kept] = await db
				.insert(stakeholder)
				.values({ organisationId: a.organisationId, regionId: a.regionId, name: 'Wethouder van Sociale Zaken en Armoedebeleid', kind: 'civilServant', email: 'wethouder.sociale.zaken.en.armoedebeleid@gemeente-noordoost.example.org', frequency: 'monthly', addedOn: '2031-01-01' })
				.returning({ id: stakeholder.id });
			const [update] = await db
				.insert(stakeholderUpdate)
				.values({ organisationId: a.organisationId, stakeholderId: kept!.id, occasion: 'month:2031-01', dueOn: '2031-02-01', periodFrom: '2031-01-01', periodTo: '2031-01-31', subject: 'Ontmoetingen in Wijk Noordoost-Binnenstad en omgeving: hoe gaat het?', body: 'Beste wethouder,\n\nhttps://example.org/een/heel/lange/link/zonder/spaties/die/niet/mag/uitsteken' })
				.returning({ id: stakeholderUpdate.id });
			// A plan with a long partner name and long words, so its tables and lists must fit a phone.
			const [partner] = await db
				.insert(regionPartner)
				.values({
					organisationId: a.organisationId,
					regionId: a.regionId,
					name: 'Stichting Welzijnswerk Noordoost-Binnenstad en de omliggende dorpskernen',
					kind: 'welfare',
					asks: ['people', 'room', 'money', 'reach'],
					status: 'asked'
				})
				.returning({ id: regionPartner.id });
			await db.insert(regionPlan).values({
				organisationId: a.organisationId,
				regionId: a.regionId,
				goals: 'Samen met bewoners, vrijwilligers en beroepskrachten armoede bespreekbaar maken en veranderwensen ophalen.',
				organiserPartnerId: partner!.id,
				roomBy: 'Buurthuiscoördinatorvanhetwijkcentrum'
			});
			return { a, group, formatId: format!.id, schemeId: scheme!.id, templateId: template!.id, memberId: member!.id, programmeId: entry!.id, stakeholderId: kept!.id, updateId: update!.id, partnerId: partner!.id };
		});
		browser = await launchChromium();
	});

	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	const signIn = async () => {
		await page.goto(`${app.url}/login`);
		await page.getByLabel(nl.email!, { exact: true }).fill(app.seeded.a.coordinator.email);
		await page.getByLabel(nl.password!, { exact: true }).fill(password);
		await Promise.all([page.waitForURL((url) => url.pathname === '/series'), page.getByRole('button', { name: nl.login_submit, exact: true }).click()]);
	};

	it('never scrolls sideways on a phone 360 px wide, and stays accessible there', async () => {
		context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 360, height: 740 } });
		page = await context.newPage();
		const tooWide: string[] = [];
		const violations: Violation[] = [];
		const check = async (path: string) => {
			await page.goto(app.url + path);
			const width = await page.evaluate(() => document.documentElement.scrollWidth);
			if (width > 360) tooWide.push(`${path}: ${width}px\n    ${(await widest(page, 360)).join('\n    ')}`);
			// A box that scrolls on its own hides part of itself too: a table's last columns, its caption.
			const scrolling = await page.evaluate(() =>
				[...document.querySelectorAll('body *')]
					.filter((el) => ['auto', 'scroll'].includes(getComputedStyle(el).overflowX) && el.scrollWidth > el.clientWidth + 1)
					.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: ${el.scrollWidth}px in ${el.clientWidth}px`)
			);
			if (scrolling.length) tooWide.push(`${path}: ${scrolling.join(', ')}`);
			const overflowing = await page.evaluate(() =>
				[...document.querySelectorAll('td, th')].filter((cell) => cell.scrollHeight > cell.clientHeight + 1).map((cell) => cell.textContent?.trim())
			);
			if (overflowing.length) tooWide.push(`${path}: text runs out of its table cell: ${overflowing.join(' | ')}`);
			violations.push(...(await axeViolations(page, '360 px')));
		};
		for (const entry of pages.filter((p) => p.signedOut)) await check(entry.path(app.seeded));
		await signIn();
		for (const entry of pages.filter((p) => !p.signedOut)) await check(entry.path(app.seeded));
		await context.close();
		expect(tooWide.join('\n')).toBe('');
		expect(formatViolations(violations)).toBe('');
	});

	it('shows the whole name of each role in the role picker on a wide screen', async () => {
		context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 800 } });
		page = await context.newPage();
		await signIn();
		await page.goto(`${app.url}/series/${app.seeded.a.seriesId}/people`);
		const cut = await page.evaluate(() => {
			const canvas = document.createElement('canvas').getContext('2d')!;
			return [...document.querySelectorAll('select')].flatMap((select) => {
				const style = getComputedStyle(select);
				canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
				const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
				return [...select.options].filter((o) => canvas.measureText(o.text).width > room).map((o) => `${select.id}: "${o.text}" in ${Math.round(room)}px`);
			});
		});
		await context.close();
		expect(cut).toEqual([]);
	});

	it('keeps the advice in view while choosing people on a phone, and announces it', async () => {
		context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 360, height: 740 } });
		page = await context.newPage();
		await signIn();
		await page.goto(`${app.url}/series/${app.seeded.a.seriesId}/people`);
		const summary = page.getByRole('status').filter({ hasText: 'Deelnemers:' });
		expect(await summary.getAttribute('aria-atomic')).toBe('true');
		const inView = () =>
			summary.evaluate((el) => {
				const box = el.getBoundingClientRect();
				return box.top >= 0 && box.bottom <= window.innerHeight;
			});
		const choices: [number, string, string][] = [
			[20, 'participant', 'Deelnemers: 11'],
			[-1, 'facilitator', 'Begeleiders: 2']
		];
		for (const [index, role, expected] of choices) {
			const picker = page.locator('select').nth(index);
			await picker.scrollIntoViewIfNeeded();
			// Until the page is hydrated a change is not seen, so the choice is repeated until it is.
			await expect
				.poll(async () => {
					await picker.selectOption(role);
					return summary.innerText();
				}, { timeout: 10_000 })
				.toContain(expected);
			expect(await inView()).toBe(true);
		}
		await context.close();
	});

	it('gives buttons and links the organisation colour', async () => {
		context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 800 } });
		page = await context.newPage();
		await signIn();
		await page.goto(`${app.url}/series/${app.seeded.a.seriesId}`);
		const rgb = `rgb(${[1, 3, 5].map((i) => parseInt(brand.slice(i, i + 2), 16)).join(', ')})`;
		const colours = await page.evaluate(() => ({
			primary: getComputedStyle(document.querySelector('main .utrecht-button-link--primary-action, main .utrecht-button--primary-action')!).backgroundColor,
			link: getComputedStyle(document.querySelector('main a.utrecht-link')!).color,
			header: getComputedStyle(document.querySelector('header.sd-page-header')!).backgroundColor
		}));
		await context.close();
		expect(colours).toEqual({ primary: rgb, link: rgb, header: rgb });
	});
});
