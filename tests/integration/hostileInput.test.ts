// Input from outside that once answered 500 or sent people off-site (issue #7 items 4, 7, 8).
// The tables grow by data: a new form, field, page or hostile value is one more row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { formFields } from '../support/forms';
import { inHtml, m, nl } from '../support/messages';

type Fields = Record<string, string | string[]>;

interface FormCase {
	name: string;
	as: 'anonymous' | 'coordinator';
	path: (s: SeededOrganisation) => string;
	/** A filled-in form; each field in `poison` is sent once with a NUL byte added. */
	fields: (s: SeededOrganisation) => Fields;
	poison: (s: SeededOrganisation) => string[];
	/**
	 * `message`: the form is refused with the message about invisible characters. `refused`: the
	 * form is refused for its own reasons (a date, a choice, an id cannot hold a NUL byte), which
	 * is enough as long as it is not a 500.
	 */
	expect: 'message' | 'refused';
	/** An edit form: its hidden version is read from the page first, as a browser would send it. */
	versioned?: boolean;
}

const token = 'a'.repeat(32);
const person = { name: 'Amira', background: 'resident', affiliation: 'Buurthuis', workField: '', email: 'amira@example.org', phone: '06 1234 5678' };
/** The consent a new person's form needs for every detail above. */
const consentFields = { consentTakingPart: 'on', consentContact: 'on', consentComposition: 'on', consentHow: 'spoken' };
const seriesFields = {
	name: 'Nieuwe reeks',
	kind: 'ontmoetingen',
	mode: 'onLocation',
	regionId: '',
	partnerOrganisations: 'Voedselbank',
	startDate: '2031-09-01',
	startTime: '10:00',
	intervalDays: '14',
	durationMinutes: '120',
	count: '4',
	location: 'Buurthuis',
	onlineLink: ''
};
const scheduleRow = (s: SeededOrganisation, date = '2031-02-11') => ({
	meeting: s.meetingId,
	[`date:${s.meetingId}`]: date,
	[`startTime:${s.meetingId}`]: '10:00',
	[`durationMinutes:${s.meetingId}`]: '120',
	[`location:${s.meetingId}`]: 'Buurthuis',
	[`onlineLink:${s.meetingId}`]: ''
});

/** A form whose every field gets the NUL byte; `poison` narrows that to some fields. */
const form = (
	name: string,
	as: FormCase['as'],
	path: FormCase['path'],
	fields: FormCase['fields'],
	expect: FormCase['expect'] = 'message',
	poison: FormCase['poison'] = (s) => Object.keys(fields(s))
): FormCase => ({ name, as, path, fields, poison, expect });

/** The first-run form is only there until an organisation exists, so it gets an app of its own. */
const firstRunForm = form('first run', 'anonymous', () => '/setup', () => ({
	organisationName: 'Welzijn Noord',
	name: 'Eerste',
	email: 'eerste@example.org',
	password: 'een-lange-zin-als-wachtwoord',
	passwordRepeat: 'een-lange-zin-als-wachtwoord'
}));

const forms: FormCase[] = [
	form('sign in', 'anonymous', () => '/login', (s) => ({ email: s.coordinator.email, password })),
	form('invitation', 'anonymous', () => `/invite/${token}?/create`, () => ({ name: 'Nieuw lid', password: 'een-lange-zin-als-wachtwoord' })),
	form('forgot password', 'anonymous', () => '/login/forgot', () => ({ email: 'iemand@example.org' })),
	form('new password', 'anonymous', () => `/login/reset/${token}`, () => ({
		password: 'een-lange-zin-als-wachtwoord',
		passwordRepeat: 'een-lange-zin-als-wachtwoord'
	})),
	form('new region', 'coordinator', () => '/regions?/create', () => ({ name: 'Wijk Oost', kind: 'neighbourhood' })),
	form('region', 'coordinator', (s) => `/regions/${s.regionId}`, () => ({ name: 'Wijk A', kind: 'neighbourhood' })),
	form('new person', 'coordinator', () => '/people/new', () => ({ ...person, ...consentFields })),
	form('person', 'coordinator', (s) => `/people/${s.personId}`, () => person),
	form('new series', 'coordinator', () => '/series/new', () => seriesFields),
	form('series settings', 'coordinator', (s) => `/series/${s.seriesId}/settings`, () => ({
		name: 'Reeks A',
		mode: 'onLocation',
		regionId: '',
		partnerOrganisations: 'Voedselbank'
	})),
	form('organisation', 'coordinator', () => '/organisation?/settings', () => ({ organisationName: 'Organisatie A', themeColour: '#1d4ed8' })),
	form('invite', 'coordinator', () => '/organisation?/invite', () => ({ name: 'Nieuw lid', email: 'nieuw@example.org', role: 'facilitator' })),
	{ ...form('schedule, text', 'coordinator', (s) => `/series/${s.seriesId}/schedule`, scheduleRow, 'message', (s) => [`location:${s.meetingId}`]), versioned: true },
	{
		...form('schedule, other fields', 'coordinator', (s) => `/series/${s.seriesId}/schedule`, scheduleRow, 'refused', (s) =>
			Object.keys(scheduleRow(s)).filter((f) => f !== `location:${s.meetingId}`)
		),
		versioned: true
	},
	form('series people', 'coordinator', (s) => `/series/${s.seriesId}/people`, (s) => ({
		[`role:${s.personId}`]: 'participant',
		[`role:${s.facilitatorPersonId}`]: 'facilitator'
	}), 'refused'),
	// Hidden fields with ids: the page answers with its own "reload the page" message.
	form('make groups', 'coordinator', (s) => `/series/${s.seriesId}/meetings/${s.meetingId}?/make`, (s) => ({
		size: 'pairsOrThrees',
		person: s.personId,
		present: s.personId
	}), 'refused'),
	form('attendance', 'coordinator', (s) => `/series/${s.seriesId}/meetings/${s.meetingId}?/attendance`, (s) => ({ person: s.personId, present: s.personId }), 'refused'),
	form('swap', 'coordinator', (s) => `/series/${s.seriesId}/meetings/${s.meetingId}?/swap`, (s) => ({ first: s.personId, second: s.facilitatorPersonId }), 'refused'),
	// Confirmations of what cannot be undone: a poisoned tick erases or deletes nothing.
	{ ...form('erase a person', 'coordinator', (s) => `/people/${s.personId}/erase`, () => ({ confirm: 'on' })), versioned: true },
	{ ...form('delete a series', 'coordinator', (s) => `/series/${s.seriesId}/delete`, () => ({ confirm: 'on' })), versioned: true }
];

/** Every page with a form, for `?/default` (a reserved name SvelteKit answered with a 500). */
const formPages = (s: SeededOrganisation) => [
	'/setup',
	'/login',
	'/login/forgot',
	`/login/reset/${token}`,
	'/logout',
	'/language',
	`/invite/${token}`,
	'/regions',
	`/regions/${s.regionId}`,
	'/people/new',
	`/people/${s.personId}`,
	`/people/${s.personId}/erase`,
	'/series/new',
	`/series/${s.seriesId}/settings`,
	`/series/${s.seriesId}/schedule`,
	`/series/${s.seriesId}/people`,
	`/series/${s.seriesId}/delete`,
	`/regions/${s.regionId}/delete`,
	'/organisation',
	`/series/${s.seriesId}/meetings/${s.meetingId}`
];

/** Redirect targets as they appear in an address: each one tries to leave the site or break the header. */
const hostileTargets = [
	'/%5Cevil.example',
	'/\\evil.example',
	'/%09/evil.example',
	'/%5C/evil.example',
	'/\\/evil.example',
	'//evil.example',
	'%2F%2Fevil.example',
	'/.//evil.example',
	'%20//evil.example',
	'https://evil.example',
	'https:evil.example',
	'javascript:alert(1)',
	'/a%0Ab',
	'/a%0D%0ALocation:%20https://evil.example',
	'%E2%82%AC',
	'/%E2%82%AC',
	'/a%00b'
];

/** Every place that follows a target from the address, and how to get there. */
const redirectRoutes: { name: string; as: 'anonymous' | 'coordinator'; send: (client: Client, target: string) => Promise<Response> }[] = [
	{ name: 'GET /login?next= when signed in', as: 'coordinator', send: (c, t) => c.get(`/login?next=${t}`) },
	{ name: 'POST /login?next=', as: 'anonymous', send: (c, t) => c.post(`/login?next=${t}`, { email: 'coordinator.a@example.org', password }) },
	{ name: 'POST /language?to=', as: 'anonymous', send: (c, t) => c.post(`/language?to=${t}`, { locale: 'nl' }) },
	{ name: 'a page when signed out', as: 'anonymous', send: (c, t) => c.get(`/people?q=${t}`) }
];

/** The hidden version an edit form at `path` carries now. */
async function versionOf(c: Client, path: string): Promise<Fields> {
	const version = formFields(await (await c.get(path.split('?')[0]!)).text()).version;
	return version ? { version } : {};
}

/** Posts the form once per field, that field with a NUL byte added; never a 500, always refused. */
async function postPoisoned<T extends { a: SeededOrganisation } | null>(app: RunningApp<T>, form: FormCase, client: (as: FormCase['as']) => Promise<Client>) {
	// The first-run form needs no organisation; any seeded one stands in for the ids it does not use.
	const s = app.seeded?.a ?? ({} as SeededOrganisation);
	const c = await client(form.as);
	const version = form.versioned ? await versionOf(c, form.path(s)) : {};
	for (const field of form.poison(s)) {
		const fields = { ...version, ...form.fields(s) };
		const value = fields[field];
		fields[field] = Array.isArray(value) ? value.map((v) => `${v}\0`) : `${value ?? ''}\0`;
		const res = await c.post(form.path(s), fields);
		expect(res.status, field).toBe(400);
		const html = await res.text();
		if (form.expect === 'message') expect(html, field).toContain(inHtml(m.validation_control_characters({}, nl)));
	}
}

describe.each(databaseKinds)('hostile input before the first run on %s', (kind) => {
	let app: RunningApp<null>;
	beforeAll(async () => {
		app = await startApp(kind, async () => null);
	});
	afterAll(() => app?.stop());

	it.each([firstRunForm])('refuses a NUL byte in every field of the form: $name', (form) => postPoisoned(app, form, async () => new Client(app.url)));
});

describe.each(databaseKinds)('hostile input on %s', (kind) => {
	let app: RunningApp<{ a: SeededOrganisation }>;
	const client = async (as: 'anonymous' | 'coordinator') => {
		const c = new Client(app.url);
		if (as === 'coordinator') await c.signIn(app.seeded.a.coordinator.email, password);
		return c;
	};

	beforeAll(async () => {
		// Many good sign-ins from one address in a row; the limit is not what is tested here.
		app = await startApp(kind, async (db) => ({ a: await seedOrganisation(db, 'A') }), { LOGIN_ATTEMPTS: '1000' });
	});
	afterAll(() => app?.stop());

	it.each(forms)('refuses a NUL byte in every field of the form: $name', (form) => postPoisoned(app, form, client));

	it('keeps what was typed when it refuses a NUL byte', async () => {
		const c = await client('coordinator');
		const html = await (await c.post('/people/new', { ...person, ...consentFields, name: 'Ami\0ra' })).text();
		expect(html).toContain('value="Amira"');
		expect(html).toContain('value="Buurthuis"');
	});

	it('says so when the people search holds a control character, and never answers 500 to one in an address', async () => {
		const c = await client('coordinator');
		const search = await c.get('/people?q=%00Bewoner');
		expect(search.status).toBe(200);
		const html = await search.text();
		expect(html).toContain(inHtml(m.validation_control_characters({}, nl)));
		expect(html).toContain('Bewoner A');
		for (const path of ['/people?q=%01', '/people?background=%00&workField=%00', '/series?page=%00', '/login?next=%00', `/invite/${'%00'.repeat(20)}`]) {
			expect((await c.get(path)).status, path).toBeLessThan(500);
		}
	});

	it.each(['9999-12-31', '0000-01-01', '1999-12-31', '2101-01-01'])('refuses the date %s with the range, never a 500', async (date) => {
		const s = app.seeded.a;
		const c = await client('coordinator');
		for (const [path, fields] of [
			['/series/new', { ...seriesFields, startDate: date }],
			[`/series/${s.seriesId}/schedule`, { ...(await versionOf(c, `/series/${s.seriesId}/schedule`)), ...scheduleRow(s, date) }]
		] as const) {
			const res = await c.post(path, fields);
			expect(res.status, path).toBe(400);
			const html = await res.text();
			expect(html, path).toContain(inHtml(m.validation_date_range({ from: '01-01-2000', to: '31-12-2100' }, nl)));
		}
	});

	it('answers 404, never a 500, to a form posted to ?/default on any page', async () => {
		for (const as of ['anonymous', 'coordinator'] as const) {
			const c = await client(as);
			for (const path of formPages(app.seeded.a)) {
				const res = await c.post(`${path}?/default`, { name: 'x' });
				expect(res.status, `${as} ${path}`).toBe(404);
			}
		}
	});

	it.each(redirectRoutes)('only ever redirects to this site, with a valid header: $name', async (route) => {
		const origin = new URL(app.url).origin;
		for (const target of hostileTargets) {
			const res = await route.send(await client(route.as), target);
			expect(res.status, target).toBe(303);
			const location = res.headers.get('location');
			expect(location, target).toMatch(/^\/(?!\/)[\x21-\x7e]*$/);
			expect(new URL(location!, `${app.url}/login`).origin, target).toBe(origin);
		}
	});
});
