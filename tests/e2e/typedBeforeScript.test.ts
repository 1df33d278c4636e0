import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page, Route } from 'playwright-core';
import { startApp, type RunningApp } from '../support/app';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { hasChromium, isoDateFromToday, launchChromium, messages, navigatingBy } from './support/browser';
import { quickscanThemeContent } from '../../src/lib/content/quickscan';

/*
 * Issue #8: on a slow connection a person starts typing before the page's script has loaded. When
 * it loads it takes over the server's HTML, and it must keep what was typed. Every form page is a
 * case below; a new form is covered by adding its case. The first-run page needs an app without an
 * organisation; every other case runs on one seeded organisation, signed in as its coordinator, and
 * stands on its own (only accepting an invitation needs the one sent before it).
 */

const nl = messages('nl');
const t = (key: string): string => {
	const text = nl[key];
	if (text === undefined) throw new Error(`no message ${key}`);
	return text;
};
const optional = (key: string) => `${t(key)} ${t('optional')}`;

/** One control a case fills in, and how to read back what it shows. */
interface Field {
	label: string;
	/** What the control should show once filled in. */
	expected: string;
	locate(page: Page): Locator;
	enter(control: Locator): Promise<void>;
	shown(control: Locator): Promise<string>;
}

type Within = (page: Page) => Page | Locator;
const wholePage: Within = (page) => page;

const text = (label: string, value: string, within: Within = wholePage): Field => ({
	label,
	expected: value,
	locate: (page) => within(page).getByLabel(label, { exact: true }),
	enter: (control) => control.fill(value),
	shown: (control) => control.inputValue()
});
/** `text` as a regular expression that matches exactly it. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const tick = (label: string | RegExp, on: boolean, within: Within = wholePage): Field => ({
	label: String(label),
	expected: on ? 'ticked' : 'not ticked',
	locate: (page) => within(page).getByRole('checkbox', { name: label, exact: true }),
	enter: (control) => control.setChecked(on),
	shown: async (control) => ((await control.isChecked()) ? 'ticked' : 'not ticked')
});
const choose = (label: string): Field => ({
	label,
	expected: 'chosen',
	locate: (page) => page.getByRole('radio', { name: label, exact: true }),
	enter: (control) => control.check(),
	shown: async (control) => ((await control.isChecked()) ? 'chosen' : 'not chosen')
});
const pick = (label: string, option: string, role: 'label' | 'name' = 'label', within: Within = wholePage): Field => ({
	label,
	expected: option,
	locate: (page) => (role === 'label' ? within(page).getByLabel(label, { exact: true }) : within(page).getByRole('combobox', { name: label, exact: true })),
	enter: async (control) => {
		await control.selectOption({ label: option });
	},
	shown: (control) => control.evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent?.trim() ?? '')
});

const file = (label: string, name: string, buffer: Buffer): Field => ({
	label,
	expected: name,
	locate: (page) => page.getByLabel(label, { exact: true }),
	enter: (control) => control.setInputFiles({ name, mimeType: 'image/png', buffer }),
	shown: (control) => control.evaluate((input: HTMLInputElement) => input.files?.[0]?.name ?? '')
});
/** The smallest PNG: one pixel. */
const pixel = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

interface FormCase {
	name: string;
	/** The page of the form; a function when it needs the seeded ids or an earlier case. */
	path: string | ((page: Page) => Promise<string>);
	/** The first-run page only exists before there is an organisation. */
	onEmptyApp?: true;
	before?: (page: Page) => Promise<void>;
	fields: Field[];
	/** What the page works out from the kept values once its script runs (live advice, …). */
	follows?: (page: Page) => Promise<void>;
	/** The button that sends the form (within a row when the page has one per row); `confirmed` is the text an in-page (enhanced) save shows. */
	submit: { button: string; confirmed?: string; within?: Within };
	/** Checks the saved result shows what was typed. */
	saved: (page: Page, form: FormCase) => Promise<void>;
}

const label = 'Typ';
const coordinator = { organisation: 'Stichting Typwerk', name: 'Iemand Snel', email: 'iemand@typwerk.nl', password: 'langzaam internet in het buurthuis' };
/** Names and the address `seedOrganisation` gives; the cases are written before it runs. */
const seededNames = {
	coordinator: `coordinator ${label}`,
	coordinatorEmail: `coordinator.${label.toLowerCase()}@example.org`,
	region: `Wijk ${label}`,
	resident: `Bewoner ${label}`
};

let seededApp: RunningApp<SeededOrganisation>;
let seeded: SeededOrganisation;
const url = (path: string) => seededApp.url + path;

/** The fields of `form` as they are on `page` now, against what was typed. */
async function differences(page: Page, form: FormCase, where: string, fields = form.fields): Promise<string[]> {
	const found: string[] = [];
	for (const field of fields) {
		const shown = await field.shown(field.locate(page));
		if (shown !== field.expected) found.push(`${where}: ${field.label}: expected "${field.expected}", shows "${shown}"`);
	}
	return found;
}

/** Opens `path` afresh and expects the case's fields to show what was typed. */
const showsAgain = (path: () => string) => async (p: Page, form: FormCase) => {
	await p.goto(url(path()));
	expect(await differences(p, form, `${form.name}, opened again`)).toEqual([]);
};
const signedInAs = (name: string) => async (p: Page) => {
	await p.waitForURL((u) => u.pathname === '/series');
	expect(await p.getByText(`Ingelogd als ${name}`).isVisible()).toBe(true);
};
const signIn = async (p: Page, email: string) => {
	await p.goto(url('/login'));
	await p.getByLabel(t('email'), { exact: true }).fill(email);
	await p.getByLabel(t('password'), { exact: true }).fill(password);
	await navigatingBy(p, () => p.getByRole('button', { name: t('login_submit'), exact: true }).click());
};

/** The fieldset of a group of boxes, by its legend. */
const inGroup =
	(legend: string): Within =>
	(p) =>
		p.getByRole('group', { name: legend, exact: true });

/** The quickscan's theme "money", a fieldset named by its title. */
const moneyTheme: Within = (p) => p.getByRole('group', { name: quickscanThemeContent('money').title.nl, exact: true });
const meetingOne: Within = (p) => p.getByRole('group', { name: /^Bijeenkomst 1\b/ });
const newSeries = { name: 'Ontmoetingen Typwerk', start: isoDateFromToday(45) };

/** A change wish for the wishes page's cases; its fixed submission id keeps it one wish, whichever case makes it first. */
const wishText = 'Een bankje bij de school';
async function keepWish(p: Page) {
	const res = await p.request.post(url(`/series/${seeded.seriesId}/meetings/${seeded.meetingId}/record?/wish`), {
		form: { wish: wishText, author: '', level: 'organisation', theme: 'Typwerk-thema', submission: '5f0d6a52-2f4b-4c55-9d2e-0c7e1a3b9d01' },
		headers: { origin: seededApp.url, accept: 'application/json', 'x-sveltekit-action': 'true' }
	});
	expect(res.status()).toBe(200);
	return `/series/${seeded.seriesId}/wishes`;
}
const inWish: Within = (p) => p.getByRole('listitem').filter({ has: p.locator('.sd-wish-text', { hasText: wishText }) });
/** A field of the wish's edit form, opened first: a tap on its summary needs no script. */
const inWishEdit = (field: Field): Field => ({
	...field,
	enter: async (control) => {
		const details = control.locator('xpath=ancestor::details');
		if (!(await details.evaluate((d: HTMLDetailsElement) => d.open))) await details.locator('summary').click();
		await field.enter(control);
	}
});

/** Set by the invitation case's path: where the invited person goes back to after signing in. */
let invitationPath = '';
/** Set by the agenda part case's path: the first part's edit page. */
let agendaPartPath = '';

const cases: FormCase[] = [
	{
		name: 'first run (setup)',
		path: '/setup',
		onEmptyApp: true,
		fields: [
			text(t('setup_organisation_name'), coordinator.organisation),
			text(t('setup_your_name'), coordinator.name),
			text(t('email'), coordinator.email),
			text(t('password_new'), coordinator.password),
			text(t('password_repeat'), coordinator.password)
		],
		submit: { button: t('setup_submit') },
		saved: async (p) => {
			await signedInAs(coordinator.name)(p);
			expect(await p.getByRole('link', { name: coordinator.organisation }).isVisible()).toBe(true);
		}
	},
	{
		name: 'sign in',
		path: '/login',
		before: (p) => p.context().clearCookies(),
		fields: [text(t('email'), seededNames.coordinatorEmail), text(t('password'), password)],
		submit: { button: t('login_submit') },
		saved: signedInAs(seededNames.coordinator)
	},
	{
		name: 'regions',
		path: '/regions',
		fields: [text(t('region_name'), 'Gemeente Traagdorp'), choose(t('region_kind_municipality'))],
		submit: { button: t('region_add') },
		saved: async (p) => {
			await p.goto(url('/regions'));
			expect(await p.getByRole('listitem').filter({ hasText: 'Gemeente Traagdorp' }).innerText()).toContain(t('region_kind_municipality'));
		}
	},
	{
		name: "a region's budget",
		path: async () => `/regions/${seeded.regionId}/budget`,
		fields: [text(t('budget_meetingsPerSeries'), '5'), text(t('budget_roomPerMeeting'), '75,50'), text(t('budget_expertRate'), '30')],
		// The sums follow what was typed before the script: 5 × € 75,50 room and 5 × 4 hours × € 30.
		follows: async (p) => {
			await expect.poll(() => p.locator('[data-total="series"]').innerText()).toBe('€ 977,50');
		},
		submit: { button: t('budget_save') },
		saved: showsAgain(() => `/regions/${seeded.regionId}/budget`)
	},
	{
		name: 'funding: add a source',
		path: async () => `/regions/${seeded.regionId}/funding`,
		fields: [
			text(t('funding_name'), 'Fonds Typwerk'),
			pick(t('funding_kind'), t('funding_kind_localFund')),
			choose(t('funding_status_asked')),
			text(t('funding_amount'), '1.250,50'),
			text(optional('funding_notes'), 'Bellen in januari')
		],
		submit: { button: t('funding_add') },
		saved: async (p) => {
			const source = p.getByRole('listitem').filter({ hasText: 'Fonds Typwerk' });
			expect(await source.innerText()).toContain('€ 1.250,50');
			expect(await source.innerText()).toContain(t('funding_kind_localFund'));
		}
	},
	{
		name: 'funding: edit a source',
		// The source the case before added, or one added here when this case runs alone.
		path: async (p) => {
			await p.goto(url(`/regions/${seeded.regionId}/funding`));
			const link = p.getByRole('link', { name: /Fonds Typwerk/ });
			if ((await link.count()) === 0) {
				await p.getByLabel(t('funding_name'), { exact: true }).fill('Fonds Typwerk');
				await p.getByLabel(t('funding_amount'), { exact: true }).fill('1250');
				await navigatingBy(p, () => p.getByRole('button', { name: t('funding_add'), exact: true }).click());
			}
			return new URL((await link.first().getAttribute('href'))!, p.url()).pathname;
		},
		fields: [
			text(t('funding_name'), 'Fonds Typwerk, groter'),
			choose(t('funding_status_granted')),
			text(t('funding_amount'), '2000'),
			text(optional('funding_report_due'), isoDateFromToday(90))
		],
		submit: { button: t('funding_save') },
		saved: async (p) => {
			await p.waitForURL((u) => u.pathname.endsWith('/funding'));
			const source = p.getByRole('listitem').filter({ hasText: 'Fonds Typwerk, groter' });
			expect(await source.innerText()).toContain('€ 2.000,00');
			expect(await source.innerText()).toContain(t('funding_status_granted'));
		}
	},
	{
		name: 'region plan',
		path: async () => `/regions/${seeded.regionId}/plan`,
		fields: [
			text(optional('plan_goals'), 'Samen sterker in Wijk Typ'),
			text(optional('plan_initiative_group'), 'Buurtteam en de kerk'),
			text(optional('plan_room_by'), 'Buurthuis De Ëik')
		],
		submit: { button: t('plan_save') },
		saved: showsAgain(() => `/regions/${seeded.regionId}/plan`)
	},
	{
		name: 'region partner',
		path: async () => `/regions/${seeded.regionId}/plan`,
		fields: [
			text(t('plan_partner_name'), 'Voedselbank Traagdorp'),
			pick(t('plan_partner_kind'), t('plan_partner_kind_faithCommunity')),
			tick(t('plan_ask_room'), true),
			choose(t('plan_status_asked'))
		],
		submit: { button: t('plan_partner_add') },
		saved: async (p) => {
			await p.goto(url(`/regions/${seeded.regionId}/plan`));
			const item = await p.getByRole('listitem').filter({ hasText: 'Voedselbank Traagdorp' }).innerText();
			expect(item).toContain(t('plan_ask_room'));
			expect(item).toContain(t('plan_status_asked'));
		}
	},
	{
		name: 'region plan timeline',
		path: async () => `/regions/${seeded.regionId}/plan`,
		fields: [
			text(`${t('plan_timeline_date')} ${t('optional')}`, isoDateFromToday(30), (p) => p.getByRole('group', { name: t('plan_step_room'), exact: true })),
			tick(t('plan_timeline_done'), true, (p) => p.getByRole('group', { name: t('plan_step_room'), exact: true }))
		],
		submit: { button: t('plan_timeline_save') },
		saved: showsAgain(() => `/regions/${seeded.regionId}/plan`)
	},
	{
		name: 'new person',
		path: '/people/new',
		fields: [
			text(t('people_name'), 'Noor Haddou'),
			choose(t('background_resident')),
			text(optional('people_affiliation'), 'Buurtteam'),
			pick(optional('people_workField'), t('workField_youth')),
			tick(t('people_lived'), true),
			text(optional('people_email'), 'noor@example.org'),
			text(optional('people_phone'), '06 12345678'),
			tick(t('consent_takingPart_checkbox'), true),
			tick(t('consent_contact_checkbox'), true),
			tick(t('consent_composition_checkbox'), true),
			choose(t('consent_source_paper'))
		],
		submit: { button: t('people_add') },
		// The new person's page holds the same form (without the consent), filled in from what was saved.
		saved: async (p, form) => {
			await p.waitForURL((u) => /^\/people\/[0-9a-f-]{36}$/.test(u.pathname));
			expect(await differences(p, form, 'new person, saved', form.fields.slice(0, 7))).toEqual([]);
		}
	},
	{
		name: 'edit a person',
		path: async () => `/people/${seeded.facilitatorPersonId}`,
		fields: [
			text(t('people_name'), 'Begeleider Typ-Snel'),
			choose(t('background_volunteer')),
			tick(t('people_lived'), true),
			tick(t('people_leads'), false),
			text(optional('people_phone'), '020 7654321')
		],
		submit: { button: t('save') },
		saved: showsAgain(() => `/people/${seeded.facilitatorPersonId}`)
	},
	{
		name: 'new series',
		path: '/series/new',
		fields: [
			choose(t('series_kind_professionalNetwork')),
			text(t('series_name'), newSeries.name),
			choose(t('series_mode_onLocation')),
			pick(t('series_region'), seededNames.region),
			text(optional('series_partners'), 'Voedselbank\nWoningcorporatie'),
			text(t('series_start_date'), newSeries.start),
			text(t('series_start_time'), '13:30'),
			text(t('series_count'), '3'),
			text(t('series_interval'), '10'),
			text(t('series_duration'), '105'),
			text(optional('series_location'), 'Bibliotheek Traagdorp')
		],
		submit: { button: t('series_create') },
		saved: async (p, form) => {
			await p.waitForURL((u) => /^\/series\/[0-9a-f-]{36}$/.test(u.pathname));
			const created = new URL(p.url()).pathname;
			expect(await p.getByRole('heading', { level: 1, name: newSeries.name }).isVisible()).toBe(true);
			expect(await p.getByText(t('series_kind_professionalNetwork')).first().isVisible()).toBe(true);
			const settings = form.fields.filter((f) => [t('series_name'), t('series_region'), optional('series_partners')].includes(f.label));
			await p.goto(url(`${created}/settings`));
			expect(await differences(p, form, 'new series, its settings', settings)).toEqual([]);
			await p.goto(url(`${created}/schedule`));
			const planned = [
				text(t('series_date'), newSeries.start, meetingOne),
				text(t('series_start_time'), '13:30', meetingOne),
				text(t('series_duration'), '105', meetingOne),
				text(optional('series_location'), 'Bibliotheek Traagdorp', meetingOne)
			];
			expect(await differences(p, form, 'new series, its planning', planned)).toEqual([]);
			expect(await p.getByRole('group', { name: /^Bijeenkomst \d+\b/ }).count()).toBe(3);
		}
	},
	{
		name: 'series settings',
		path: async () => `/series/${seeded.otherSeriesId}/settings`,
		fields: [
			text(t('series_name'), 'Netwerk Typwerk, voorjaar'),
			choose(t('series_mode_onLocation')),
			pick(t('series_region'), seededNames.region),
			text(optional('series_partners'), 'Voedselbank\nBibliotheek')
		],
		submit: { button: t('save') },
		saved: showsAgain(() => `/series/${seeded.otherSeriesId}/settings`)
	},
	{
		name: 'choose the participants',
		path: async () => `/series/${seeded.otherSeriesId}/people`,
		fields: [pick(`Rol van ${seededNames.resident}`, t('series_role_participant'), 'name')],
		// The advice is worked out from the chosen roles, so it must count the kept choice.
		follows: async (p) => {
			const advice = p.locator('section').filter({ has: p.getByRole('heading', { name: t('series_advice_title'), exact: true }) });
			expect(await advice.innerText()).toContain('nu is er 1.');
		},
		submit: { button: t('save') },
		saved: showsAgain(() => `/series/${seeded.otherSeriesId}/people`)
	},
	{
		name: 'planning',
		path: async () => `/series/${seeded.seriesId}/schedule`,
		fields: [
			text(t('series_date'), '2031-02-18', meetingOne),
			text(t('series_start_time'), '14:15', meetingOne),
			text(t('series_duration'), '90', meetingOne),
			text(optional('series_location'), 'Bibliotheek Traagdorp', meetingOne)
		],
		submit: { button: t('save') },
		saved: showsAgain(() => `/series/${seeded.seriesId}/schedule`)
	},
	{
		name: 'attendance',
		path: async () => `/series/${seeded.seriesId}/meetings/${seeded.meetingId}`,
		fields: [tick(seededNames.resident, false), tick(t('grouping_attendance_notice_for').replace('{name}', seededNames.resident), true), choose(t('grouping_size_pairs'))],
		submit: { button: t('grouping_save_attendance'), confirmed: t('grouping_attendance_saved') },
		// The group size is only saved when groups are made; the ticks are saved on their own.
		saved: async (p, form) => {
			await p.reload();
			expect(await differences(p, form, 'attendance, opened again', form.fields.slice(0, 2))).toEqual([]);
		}
	},
	{
		name: 'a change wish',
		path: async () => `/series/${seeded.seriesId}/meetings/${seeded.meetingId}/record`,
		fields: [
			text(t('capture_wish_label'), 'Als we nou eens een ruilkast in de wijk zetten'),
			pick(t('capture_wish_author'), seededNames.resident),
			pick(optional('capture_wish_level'), t('capture_level_society')),
			text(optional('capture_wish_theme'), 'spullen')
		],
		submit: { button: t('capture_wish_add'), confirmed: t('capture_added') },
		saved: async (p) => {
			await p.reload();
			const item = p.getByRole('listitem').filter({ hasText: 'ruilkast' });
			expect(await item.innerText()).toContain(seededNames.resident);
			expect(await item.innerText()).toContain(t('capture_level_society'));
		}
	},
	{
		name: 'change wishes: the filter',
		path: keepWish,
		fields: [pick(t('capture_wish_level'), t('capture_level_organisation')), pick(t('capture_wish_theme'), 'Typwerk-thema')],
		submit: { button: t('wishes_filter_submit') },
		saved: async (p, form) => {
			expect(new URL(p.url()).searchParams.get('level')).toBe('organisation');
			expect(await differences(p, form, 'the filter, applied')).toEqual([]);
			expect(await p.locator('.sd-wish-text', { hasText: wishText }).count()).toBe(1);
		}
	},
	{
		name: 'audit log: the filter',
		path: '/organisation/audit',
		fields: [
			text(t('audit_filter_name'), 'Bewoner'),
			pick(t('audit_filter_member'), seededNames.coordinator),
			text(t('audit_filter_from'), isoDateFromToday(-30)),
			text(t('audit_filter_to'), isoDateFromToday(0))
		],
		submit: { button: t('audit_filter_submit') },
		saved: async (p, form) => {
			expect(new URL(p.url()).searchParams.get('name')).toBe('Bewoner');
			expect(await differences(p, form, 'the filter, applied')).toEqual([]);
			expect(await p.getByRole('link', { name: t('audit_found_choose').replace('{name}', seededNames.resident), exact: true }).count()).toBe(1);
		}
	},
	{
		name: 'change wishes: edit a wish',
		path: keepWish,
		fields: [
			inWishEdit(text(t('wishes_edit_text'), 'Een bankje en een boom bij de school', inWish)),
			inWishEdit(pick(optional('capture_wish_level'), t('capture_level_society'), 'label', inWish)),
			inWishEdit(text(optional('capture_wish_theme'), 'Buurt', inWish))
		],
		submit: { button: t('capture_save'), confirmed: t('wishes_saved'), within: inWish },
		saved: async (p) => {
			await p.reload();
			const item = p.getByRole('listitem').filter({ hasText: 'Een bankje en een boom bij de school' });
			expect(await item.locator('.sd-meta').innerText()).toContain(t('capture_level_society'));
			expect(await item.locator('.sd-meta').innerText()).toContain('Buurt');
		}
	},
	{
		name: 'a group agreement',
		path: async () => `/series/${seeded.seriesId}/meetings/${seeded.meetingId}/record`,
		fields: [text(t('capture_agreement_label'), 'We laten elkaar uitpraten')],
		submit: { button: t('capture_agreement_add'), confirmed: t('capture_added') },
		saved: async (p) => {
			await p.goto(url(`/series/${seeded.seriesId}/meetings/${seeded.meetingId}`));
			expect(await p.getByRole('listitem').filter({ hasText: 'We laten elkaar uitpraten' }).count()).toBeGreaterThan(0);
		}
	},
	{
		name: 'a note',
		path: async () => `/series/${seeded.seriesId}/meetings/${seeded.meetingId}/record`,
		fields: [text(t('capture_note_label'), 'De koffie was op; volgende keer meer meenemen'), pick(t('capture_note_visibility'), t('capture_visibility_organisation'))],
		submit: { button: t('capture_note_add'), confirmed: t('capture_added') },
		saved: async (p) => {
			await p.reload();
			expect(await p.getByRole('listitem').filter({ hasText: 'De koffie was op' }).innerText()).toContain(t('capture_visibility_organisation'));
		}
	},
	{
		name: 'the debrief',
		path: async () => `/series/${seeded.seriesId}/meetings/${seeded.meetingId}/debrief`,
		// Only the series' facilitators write the debrief.
		before: async (p) => {
			await p.context().clearCookies();
			await signIn(p, `facilitator.${label.toLowerCase()}@example.org`);
		},
		fields: [
			text(t('capture_debrief_wentWell'), 'De check-in met de foto’s'),
			text(t('capture_debrief_couldDiffer'), 'Minder lang bij de afspraken'),
			text(t('capture_debrief_changeNext'), 'Eerder de pauze')
		],
		submit: { button: t('capture_debrief_save'), confirmed: t('capture_debrief_saved') },
		saved: async (p, form) => {
			await showsAgain(() => `/series/${seeded.seriesId}/meetings/${seeded.meetingId}/debrief`)(p, form);
			await p.context().clearCookies();
			await signIn(p, seededNames.coordinatorEmail);
		}
	},
	{
		name: 'agenda: add a part',
		path: async () => `/series/${seeded.seriesId}/meetings/${seeded.meetingId}/agenda`,
		fields: [text(optional('agenda_add_title'), 'Kringgesprek'), pick(t('agenda_add_kind'), t('agenda_kind_break')), text(optional('agenda_add_minutes'), '15')],
		submit: { button: t('agenda_add_button'), confirmed: t('agenda_added') },
		saved: async (p) => {
			await p.reload();
			const part = p.getByRole('listitem').filter({ has: p.getByRole('heading', { name: /Kringgesprek$/ }) });
			expect(await part.count()).toBe(1);
			expect(await part.innerText()).toContain(t('agenda_part_kind').replace('{kind}', t('agenda_kind_break')));
		}
	},
	{
		name: 'agenda: edit a part',
		path: async (p) => {
			await p.goto(url(`/series/${seeded.seriesId}/meetings/${seeded.meetingId}/agenda`));
			agendaPartPath = (await p.locator('a[href*="/agenda/"]:not([href$="/print"])').first().getAttribute('href')) ?? '';
			return agendaPartPath;
		},
		fields: [text(t('agenda_field_title'), 'Binnenkomen met koffie'), text(optional('agenda_field_notes'), 'Thee en koffie klaarzetten')],
		submit: { button: t('save') },
		saved: showsAgain(() => agendaPartPath)
	},
	{
		name: 'remove an own template',
		// A template kept from the agenda here, so the case stands on its own.
		path: async (p) => {
			await p.goto(url(`/series/${seeded.seriesId}/meetings/${seeded.meetingId}/agenda`));
			await p.getByLabel(t('agenda_template_name'), { exact: true }).fill('Sjabloon Typwerk');
			await p.getByRole('button', { name: t('agenda_template_button'), exact: true }).click();
			await p.getByText(t('agenda_template_saved')).waitFor();
			await p.goto(url('/templates'));
			return (await p.getByRole('link', { name: 'Sjabloon Typwerk', exact: true }).getAttribute('href')) ?? '';
		},
		fields: [tick(t('templates_remove_confirm'), true)],
		submit: { button: t('templates_remove_button') },
		saved: async (p) => {
			await p.waitForURL((u) => u.pathname === '/templates');
			expect(await p.getByText(t('templates_removed')).isVisible()).toBe(true);
			expect(await p.getByRole('link', { name: 'Sjabloon Typwerk', exact: true }).count()).toBe(0);
		}
	},
	{
		name: 'new activity format',
		path: '/formats/new',
		fields: [
			text(t('formats_name'), 'Wandelgesprek Typwerk'),
			text(t('formats_purpose'), 'Praten terwijl u samen loopt.'),
			text(t('formats_minutes'), '25'),
			choose(t('groupForm_smallGroups')),
			text(optional('formats_maxGroupSize'), '4'),
			text(t('formats_steps'), 'Maak groepjes.\nLoop een rondje.'),
			text(optional('formats_prompts'), 'Wat viel u op?')
		],
		submit: { button: t('formats_add') },
		saved: async (p) => {
			await p.waitForURL((u) => /^\/formats\/own\/[0-9a-f-]{36}$/.test(u.pathname));
			expect(await p.getByRole('heading', { level: 1, name: 'Wandelgesprek Typwerk' }).isVisible()).toBe(true);
			expect(await p.getByRole('listitem').filter({ hasText: 'Loop een rondje.' }).isVisible()).toBe(true);
		}
	},
	{
		name: 'edit an activity format',
		// The format the case before added, or one added here when this case runs alone.
		path: async (p) => {
			await p.goto(url('/formats'));
			const link = p.getByRole('link', { name: 'Wandelgesprek Typwerk', exact: true });
			if ((await link.count()) === 0) {
				await p.goto(url('/formats/new'));
				await p.getByLabel(t('formats_name'), { exact: true }).fill('Wandelgesprek Typwerk');
				await p.getByLabel(t('formats_purpose'), { exact: true }).fill('Praten terwijl u samen loopt.');
				await p.getByLabel(t('formats_minutes'), { exact: true }).fill('25');
				await p.getByLabel(t('formats_steps'), { exact: true }).fill('Maak tweetallen.');
				await navigatingBy(p, () => p.getByRole('button', { name: t('formats_add'), exact: true }).click());
				return `${new URL(p.url()).pathname}/edit`;
			}
			// The link may be relative to the page (`./formats/own/…`): read it against the page's address.
			return `${new URL((await link.first().getAttribute('href'))!, p.url()).pathname}/edit`;
		},
		fields: [
			text(t('formats_name'), 'Wandelgesprek Typwerk, langer'),
			text(t('formats_minutes'), '35'),
			choose(t('groupForm_pairsOrThrees')),
			text(t('formats_steps'), 'Maak tweetallen.\nLoop twee rondjes.'),
			text(optional('formats_onlineVariant'), 'Iedereen loopt thuis en belt.')
		],
		submit: { button: t('save') },
		saved: async (p, form) => {
			await p.waitForURL((u) => /^\/formats\/own\/[0-9a-f-]{36}$/.test(u.pathname));
			await p.goto(url(`${new URL(p.url()).pathname}/edit`));
			expect(await differences(p, form, 'edit an activity format, opened again')).toEqual([]);
		}
	},
	{
		name: 'a new service on the social map',
		path: '/map/new',
		fields: [
			text(optional('socialMap_provider_new'), 'Buurtwerk Typwerk'),
			text(t('socialMap_name'), 'Spreekuur Typwerk'),
			tick(t('socialMap_theme_debt'), true),
			text(optional('socialMap_day_1'), '09:00-12:00')
		],
		submit: { button: t('socialMap_add') },
		saved: async (p) => {
			await p.waitForURL((u) => /^\/map\/[0-9a-f-]{36}$/.test(u.pathname));
			expect(await p.getByRole('heading', { level: 1, name: 'Spreekuur Typwerk' }).isVisible()).toBe(true);
			expect(await p.getByText(`${t('socialMap_day_1')}: 09:00–12:00`).isVisible()).toBe(true);
		}
	},
	{
		name: 'a warm handover',
		// A service of its own, so the case stands alone.
		path: async (p) => {
			await p.goto(url('/map/new'));
			await p.getByLabel(optional('socialMap_provider_new'), { exact: true }).fill('Overdracht Typwerk');
			await p.getByLabel(t('socialMap_name'), { exact: true }).fill('Budgethulp Typwerk');
			await navigatingBy(p, () => p.getByRole('button', { name: t('socialMap_add'), exact: true }).click());
			return new URL(p.url()).pathname;
		},
		fields: [
			text(t('socialMap_handover_contact'), 'Sam Typwerk'),
			text(optional('socialMap_handover_initials'), 'A.B.'),
			choose(t('socialMap_handover_after').replace('{days}', '28'))
		],
		submit: { button: t('socialMap_handover_submit') },
		saved: async (p) => {
			await p.goto(url('/map/handovers'));
			expect(await p.getByText('A.B. in contact gebracht met Sam Typwerk.').isVisible()).toBe(true);
		}
	},
	{
		name: "a partner organisation's details",
		// The partner of a service of its own, so the case stands alone.
		path: async (p) => {
			await p.goto(url('/map/new'));
			await p.getByLabel(optional('socialMap_provider_new'), { exact: true }).fill('Partner Typwerk');
			await p.getByLabel(t('socialMap_name'), { exact: true }).fill('Inloop Typwerk');
			await navigatingBy(p, () => p.getByRole('button', { name: t('socialMap_add'), exact: true }).click());
			return new URL((await p.getByRole('link', { name: t('socialMap_partner_edit'), exact: true }).getAttribute('href'))!, p.url()).pathname;
		},
		fields: [text(t('socialMap_partner_name'), 'Partner Typwerk en Co'), text(optional('socialMap_contactPhone'), '038 111 22 33')],
		submit: { button: t('save') },
		saved: async (p, form) => {
			await p.goto(p.url());
			expect(await differences(p, form, "a partner organisation's details, opened again")).toEqual([]);
		}
	},
	{
		name: 'funds finder (a GET form)',
		path: '/funds',
		fields: [text(optional('funds_age'), '4,5'), pick(t('funds_need'), t('funds_need_school')), choose(t('funds_applicant_parent'))],
		submit: { button: t('funds_search') },
		saved: async (p, form) => {
			await p.waitForURL((u) => u.pathname === '/funds' && u.searchParams.get('age') === '4,5');
			expect(await p.getByRole('region', { name: t('funds_fits_title'), exact: true }).getByRole('link', { name: 'Leergeld', exact: true }).count()).toBe(1);
			expect(await differences(p, form, 'funds finder, answered')).toEqual([]);
		}
	},
	{
		name: 'new local scheme',
		path: '/funds/local/new',
		fields: [
			text(t('funds_local_name'), 'Kindpakket Typwerk'),
			text(t('funds_local_description'), 'Een budget per kind voor kleding en sport.'),
			tick(t('funds_need_clothing'), true, inGroup(t('funds_local_needs'))),
			tick(t('funds_need_sportCulture'), true, inGroup(t('funds_local_needs'))),
			text(optional('funds_local_ageTo'), '17'),
			tick(t('funds_applicant_parent'), true, inGroup(t('funds_local_applicants'))),
			text(optional('funds_local_incomeLimitPercent'), '120'),
			text(t('funds_local_howToApply'), 'Bij het loket van de gemeente.')
		],
		submit: { button: t('funds_local_add') },
		saved: async (p) => {
			await p.waitForURL((u) => /^\/funds\/local\/[0-9a-f-]{36}$/.test(u.pathname));
			expect(await p.getByRole('heading', { level: 1, name: 'Kindpakket Typwerk' }).isVisible()).toBe(true);
			expect(await p.getByText(t('funds_ages_value').replace('{from}', '0').replace('{to}', '17'), { exact: true }).isVisible()).toBe(true);
		}
	},
	{
		name: 'edit a local scheme',
		// The scheme the case before added, or one added here when this case runs alone.
		path: async (p) => {
			await p.goto(url('/funds'));
			const link = p.getByRole('link', { name: 'Kindpakket Typwerk', exact: true });
			if ((await link.count()) === 0) {
				await p.goto(url('/funds/local/new'));
				await p.getByLabel(t('funds_local_name'), { exact: true }).fill('Kindpakket Typwerk');
				await p.getByLabel(t('funds_local_description'), { exact: true }).fill('Een budget per kind.');
				await inGroup(t('funds_local_needs'))(p).getByRole('checkbox', { name: t('funds_need_clothing'), exact: true }).check();
				await inGroup(t('funds_local_applicants'))(p).getByRole('checkbox', { name: t('funds_applicant_parent'), exact: true }).check();
				await p.getByLabel(t('funds_local_howToApply'), { exact: true }).fill('Bij het loket.');
				await navigatingBy(p, () => p.getByRole('button', { name: t('funds_local_add'), exact: true }).click());
				return `${new URL(p.url()).pathname}/edit`;
			}
			return `${new URL((await link.first().getAttribute('href'))!, p.url()).pathname}/edit`;
		},
		fields: [
			text(t('funds_local_name'), 'Kindpakket Typwerk, ruimer'),
			tick(t('funds_need_clothing'), false, inGroup(t('funds_local_needs'))),
			tick(t('funds_need_school'), true, inGroup(t('funds_local_needs'))),
			text(optional('funds_local_ageFrom'), '4'),
			tick(t('funds_applicant_intermediary'), true, inGroup(t('funds_local_applicants'))),
			text(optional('funds_local_conditions'), 'Alleen voor inwoners.')
		],
		submit: { button: t('save') },
		saved: async (p, form) => {
			await p.waitForURL((u) => /^\/funds\/local\/[0-9a-f-]{36}$/.test(u.pathname));
			await p.goto(url(`${new URL(p.url()).pathname}/edit`));
			expect(await differences(p, form, 'edit a local scheme, opened again')).toEqual([]);
		}
	},
	{
		name: 'organisation settings',
		path: '/organisation',
		fields: [text(t('organisation_name'), 'Organisatie Typwerk'), text(t('organisation_colour'), '#2d6a4f')],
		submit: { button: t('save') },
		saved: showsAgain(() => '/organisation')
	},
	{
		name: 'organisation logo',
		path: '/organisation',
		fields: [file(t('organisation_logo_file'), 'logo.png', pixel)],
		submit: { button: t('organisation_logo_upload') },
		saved: async (p) => {
			await p.goto(url('/organisation'));
			expect(await p.getByRole('img', { name: t('organisation_logo_current') }).isVisible()).toBe(true);
		}
	},
	{
		name: "change a member's role",
		path: async (p) => {
			await p.goto(url('/organisation'));
			return (await p.getByRole('link', { name: t('members_change_label').replaceAll('{name}', `stakeholder ${label}`), exact: true }).getAttribute('href'))!.replace(/^\./, '');
		},
		fields: [choose(t('role_facilitator'))],
		submit: { button: t('members_role_save') },
		saved: async (p) => {
			await p.waitForURL((u) => u.pathname === '/organisation');
			expect(await p.getByRole('row').filter({ hasText: `stakeholder ${label}` }).innerText()).toContain(t('role_facilitator'));
		}
	},
	{
		name: 'recruitment: the expenses arrangement',
		path: async () => `/series/${seeded.seriesId}/recruitment`,
		fields: [text(optional('signup_expenses_label'), 'Reiskosten Typwerk worden vergoed')],
		submit: { button: t('signup_expenses_save') },
		saved: showsAgain(() => `/series/${seeded.seriesId}/recruitment`)
	},
	{
		name: 'the public sign-up',
		// The coordinator opens the sign-up; the form itself needs no account.
		path: async (p) => {
			await p.goto(url(`/series/${seeded.seriesId}/signups`));
			const open = p.getByRole('button', { name: t('signup_open'), exact: true });
			if (await open.count()) await navigatingBy(p, () => open.click());
			const link = /\/aanmelden\/[A-Za-z0-9_-]+/.exec((await p.locator('main').textContent()) ?? '');
			if (!link) throw new Error('no sign-up link');
			return link[0];
		},
		fields: [
			text(t('signup_name'), 'Tessa Typwerk'),
			text(t('signup_email'), 'tessa@typwerk.nl'),
			text(optional('signup_motivation'), 'Ik wil meepraten'),
			// Named after the organisation, which another case here renames: matched on the words around it.
			tick(new RegExp(`^${escapeRegExp(t('signup_consent')).replace('\\{organisation\\}', '.+')}$`), true)
		],
		// A person takes longer than the spam check's minimum; the test waits as long before sending.
		follows: (p) => p.waitForTimeout(3500),
		submit: { button: t('signup_submit') },
		saved: async (p) => {
			expect(await p.locator('main').textContent()).toContain(t('signup_thanks'));
			await p.goto(url(`/series/${seeded.seriesId}/signups`));
			expect(await p.getByRole('heading', { level: 3, name: 'Tessa Typwerk' }).isVisible()).toBe(true);
		}
	},
	{
		name: 'forgot password',
		path: '/login/forgot',
		fields: [text(t('email'), seededNames.coordinatorEmail)],
		submit: { button: t('reset_request_submit') },
		saved: async (p) => {
			expect(await p.locator('main').textContent()).toContain(t('reset_request_sent').split('{')[0]!.trim());
		}
	},
	{
		name: 'a new password through the link',
		// Without a mail server the app writes the mail to its log; signed out, as the person would be.
		path: async (p) => {
			const email = `stakeholder.${label.toLowerCase()}@example.org`;
			await p.goto(url('/login/forgot'));
			await p.getByLabel(t('email'), { exact: true }).fill(email);
			await navigatingBy(p, () => p.getByRole('button', { name: t('reset_request_submit'), exact: true }).click());
			const links = [...seededApp.logs.join('').matchAll(/\/login\/reset\/[A-Za-z0-9_-]{43}/g)];
			if (!links.length) throw new Error('no reset link in the log');
			await p.context().clearCookies();
			return links.at(-1)![0];
		},
		fields: [text(t('password_new'), 'een nieuw wachtwoord voor later'), text(t('password_repeat'), 'een nieuw wachtwoord voor later')],
		submit: { button: t('reset_submit') },
		saved: async (p) => {
			await p.waitForURL((u) => u.pathname === '/login');
			expect(await p.locator('main').textContent()).toContain(t('reset_done'));
			await signIn(p, seededNames.coordinatorEmail);
		}
	},
	{
		name: 'invite a member',
		path: '/organisation',
		fields: [text(t('organisation_invite_name'), 'Sam Later'), text(t('organisation_invite_email'), 'sam@typwerk.nl'), choose(t('role_facilitator'))],
		submit: { button: t('organisation_invite_submit') },
		saved: async (p) => {
			await p.goto(url('/organisation'));
			const row = p.getByRole('row').filter({ hasText: 'sam@typwerk.nl' });
			expect(await row.innerText()).toContain('Sam Later');
			expect(await row.innerText()).toContain(t('role_facilitator'));
		}
	},
	{
		name: 'quickscan of a region',
		path: async () => `/regions/${seeded.regionId}/quickscan`,
		fields: [
			text(`${t('quickscan_present')} ${t('optional')}`, 'Het buurthuis en de kerk', moneyTheme),
			text(`${t('quickscan_strengthen')} ${t('optional')}`, 'Het fonds van de gemeente vragen', moneyTheme),
			{ ...choose(t('quickscan_status_partly')), locate: (p) => moneyTheme(p).getByRole('radio', { name: t('quickscan_status_partly'), exact: true }) }
		],
		submit: { button: t('quickscan_save') },
		saved: showsAgain(() => `/regions/${seeded.regionId}/quickscan`)
	},
	{
		name: 'what is already there',
		path: '/inventory',
		fields: [
			text(t('inventory_name'), 'Taalcafé De Brug'),
			text(`${t('inventory_description')} ${t('optional')}`, 'Elke dinsdag samen Nederlands oefenen'),
			choose(t('inventory_kind_project'))
		],
		submit: { button: t('inventory_add') },
		saved: async (p) => {
			expect(await p.getByText(t('inventory_added')).isVisible()).toBe(true);
			expect(await p.getByRole('link', { name: 'Taalcafé De Brug' }).isVisible()).toBe(true);
		}
	},
	{
		name: 'keeping a manager informed',
		path: async () => `/regions/${seeded.regionId}/stakeholders`,
		fields: [
			text(t('stakeholder_name'), 'Mevrouw Traag'),
			text(t('stakeholder_email'), 'traag@gemeente.test'),
			choose(t('stakeholder_frequency_endOfSeries'))
		],
		submit: { button: t('stakeholders_add') },
		saved: async (p) => {
			const row = p.getByRole('row').filter({ hasText: 'Mevrouw Traag' });
			expect(await row.innerText()).toContain(t('stakeholder_frequency_endOfSeries'));
		}
	},
	{
		name: 'accept an invitation',
		// The link of the invitation the case before sent; signed out, as the invited person would be.
		path: async (p) => {
			await p.goto(url('/organisation/outbox'));
			const link = /\/invite\/[A-Za-z0-9_-]+/.exec((await p.locator('main').textContent()) ?? '');
			if (!link) throw new Error('no invitation link in the outbox');
			await p.context().clearCookies();
			invitationPath = link[0];
			return link[0];
		},
		fields: [text(t('setup_your_name'), 'Sam Later-Jansen'), text(t('password_new'), 'een wachtwoord voor sam')],
		submit: { button: t('invite_create_submit') },
		saved: async (p) => {
			// A new account is never signed in by the invitation page: the normal sign-in, then joining.
			expect(await p.locator('main').textContent()).toContain(t('invite_account_ready').split('{')[0]!.trim());
			await p.goto(url(`/login?next=${encodeURIComponent(invitationPath)}`));
			await p.getByLabel(t('email'), { exact: true }).fill('sam@typwerk.nl');
			await p.getByLabel(t('password'), { exact: true }).fill('een wachtwoord voor sam');
			await navigatingBy(p, () => p.getByRole('button', { name: t('login_submit'), exact: true }).click());
			await navigatingBy(p, () => p.getByRole('button', { name: t('invite_join_submit'), exact: true }).click());
			await signedInAs('Sam Later-Jansen')(p);
			// Later cases (and reruns of earlier ones) work as the coordinator again.
			await p.context().clearCookies();
			await signIn(p, seededNames.coordinatorEmail);
		}
	}
];

describe.skipIf(!hasChromium)('what is typed before the page script has loaded is kept and sent (issue #8)', () => {
	let browser: Browser;
	let emptyApp: RunningApp<null>;
	/** One page per app: they share a host, and so would share the session cookie in one context. */
	let onEmpty: Page;
	let onSeeded: Page;
	/** While set, every script of the app waits for it: the person types while the page has no script yet. */
	let held: Promise<void> | null = null;
	let release = () => {};
	let heldScripts = 0;
	const pageErrors: string[] = [];
	const serverErrors: string[] = [];

	const openPage = async (): Promise<Page> => {
		const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
		const page = await context.newPage();
		page.setDefaultTimeout(10_000);
		page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
		page.on('response', (res) => {
			if (res.status() >= 500) serverErrors.push(`${res.status()} ${res.request().method()} ${res.url()}`);
		});
		// Routing also turns off the browser's cache, so every page load asks for its scripts again.
		await page.route(/\/_app\/.*\.js$/, async (route: Route) => {
			if (held) {
				heldScripts++;
				await held;
			}
			await route.continue();
		});
		return page;
	};

	beforeAll(async () => {
		[emptyApp, seededApp] = await Promise.all([
			startApp('pglite', async () => null),
			startApp('pglite', (db) => seedOrganisation(db, label))
		]);
		seeded = seededApp.seeded;
		browser = await launchChromium();
		onEmpty = await openPage();
		onSeeded = await openPage();
		await signIn(onSeeded, seededNames.coordinatorEmail);
	});

	afterAll(async () => {
		await browser?.close();
		await Promise.all([emptyApp?.stop(), seededApp?.stop()]);
	});

	/** SvelteKit's router starts once the page has been taken over (hydrated); it sets this first. */
	const scriptRunning = (page: Page) => page.evaluate(() => history.scrollRestoration === 'manual');

	/** The same visitor in a new browser context: its cookies, nothing else the old one held. */
	const freshCopy = async (page: Page): Promise<Page> => {
		const fresh = await openPage();
		await fresh.context().addCookies(await page.context().cookies());
		await page.context().close();
		return fresh;
	};

	for (const form of cases) {
		it(`${form.name}: typed before the script loaded, kept after, and saved`, async () => {
			let page = form.onEmptyApp ? onEmpty : onSeeded;
			const app = form.onEmptyApp ? emptyApp : seededApp;
			await form.before?.(page);
			const path = typeof form.path === 'string' ? form.path : await form.path(page);

			// On a busy machine a page's script now and then starts before the hold (seen in CI on a few
			// cases, never alone): that load tests nothing, so it is loaded again, from a fresh context.
			for (let attempt = 1; ; attempt++) {
				heldScripts = 0;
				held = new Promise((resolve) => (release = resolve));
				await page.goto(app.url + path, { waitUntil: 'domcontentloaded' });
				for (const field of form.fields) await field.enter(field.locate(page));
				if (!(await scriptRunning(page)) || attempt === 4) break;
				held = null;
				release();
				page = await freshCopy(page);
				if (form.onEmptyApp) onEmpty = page;
				else onSeeded = page;
			}
			expect(await differences(page, form, `${form.name}, typed`)).toEqual([]);
			// The typing happened while the page had no script: the check below would be empty otherwise.
			expect(heldScripts).toBeGreaterThan(0);
			expect(await scriptRunning(page)).toBe(false);

			held = null;
			release();
			await expect.poll(() => scriptRunning(page), { timeout: 20_000 }).toBe(true);
			// Bindings settle in the microtasks and frame after hydration.
			await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 200))));

			const lost = await differences(page, form, `${form.name}, after the script loaded`);
			expect.soft(lost).toEqual([]);
			if (lost.length === 0) await form.follows?.(page);
			// Whatever was lost is typed again, so the save below still says whether the form sends it.
			for (const field of form.fields) {
				if ((await field.shown(field.locate(page))) !== field.expected) await field.enter(field.locate(page));
			}

			const button = (form.submit.within ?? wholePage)(page).getByRole('button', { name: form.submit.button, exact: true });
			if (form.submit.confirmed) {
				await button.click();
				await page.getByText(form.submit.confirmed).waitFor();
			} else {
				await navigatingBy(page, () => button.click());
			}
			await form.saved(page, form);
		});
	}

	it('the server never answered 500 and no page threw', () => {
		expect([...serverErrors, ...pageErrors], [emptyApp, seededApp].map((a) => a?.logs.join('')).join('\n')).toEqual([]);
	});
});
