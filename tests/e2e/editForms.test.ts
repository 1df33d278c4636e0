import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { activityFormat, changeWish, groupAgreement, homework, note, person, seriesPerson, signal, user } from '../../src/lib/server/db/schema';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { hasChromium, messages } from './support/browser';
import { journey } from './support/journey';

const nl = messages('nl');

/** Where a walk starts: every page of the main navigation. */
const starts = ['/series', '/people', '/formats', '/regions', '/organisation'];
/** Pages that are not forms to edit (a file, a stream, a print view) or that end the session. */
const notPages = /\/(logout|language)\b|\.ics$|\/events$|\/print$|\/photos\/|\/handouts$|\/screen$|\/run$|^\/(time|scherm|doe-mee|mijn|p|invite)\b/;
/** More pages than the app has, so a loop in the links cannot keep the walk going. */
const maxPages = 250;

interface FoundForm {
	page: string;
	action: string;
	/** The form as the browser would post it now: `new FormData(form)`, files left out. */
	fields: [string, string][];
	/** The field to change and its values for each of the two saves, or null when none can be changed. */
	change: { name: string; first: string[]; second: string[] } | null;
}

/**
 * Every form on the page with the edit version (a hidden `version` field), as the browser would post
 * it, with a field that can be changed in two different ways: a text gets a word added, a number
 * goes one up or down within its limits, a choice takes another option, a checkbox flips.
 */
function editFormsOn(page: Page, self: string): Promise<Omit<FoundForm, 'page'>[]> {
	return page.evaluate((self) => {
		const found: Omit<FoundForm, 'page'>[] = [];
		for (const form of document.querySelectorAll('form')) {
			if (form.method.toLowerCase() !== 'post' || !form.querySelector('input[name="version"]')) continue;
			const submitter = form.querySelector<HTMLButtonElement>('button[type="submit"][name], button:not([type])[name]');
			const data = new FormData(form, submitter ?? undefined);
			const fields = [...data].filter((entry): entry is [string, string] => typeof entry[1] === 'string');
			let change: FoundForm['change'] = null;
			for (const control of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')) {
				if (!control.name || control.disabled || (control as HTMLInputElement).readOnly || control.name === 'version') continue;
				// Never one's own role or details: the walker would lock itself out of what follows.
				if (control.name.includes(self)) continue;
				const type = control instanceof HTMLInputElement ? control.type : control.tagName.toLowerCase();
				if (['text', 'textarea', 'search'].includes(type) && (control as HTMLInputElement).maxLength !== 0) {
					const value = (control as HTMLInputElement).value || 'Tekst';
					change = { name: control.name, first: [`${value} een`], second: [`${value} twee`] };
				} else if (type === 'number') {
					const input = control as HTMLInputElement;
					const value = Number(input.value || input.min || 1);
					const max = input.max ? Number(input.max) : Infinity;
					const min = input.min ? Number(input.min) : -Infinity;
					const up = value + 1 <= max ? value + 1 : value - 1;
					const other = up === value + 1 ? (value - 1 >= min ? value - 1 : null) : value - 2 >= min ? value - 2 : null;
					if (other !== null) change = { name: input.name, first: [String(up)], second: [String(other)] };
				} else if (control instanceof HTMLSelectElement) {
					const others = [...control.options].map((o) => o.value).filter((v) => v !== control.value);
					if (others.length >= 2) change = { name: control.name, first: [others[0]!], second: [others[1]!] };
				} else if (type === 'radio') {
					const group = [...form.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(control.name)}"]`)];
					const others = group.filter((r) => !r.checked).map((r) => r.value);
					if (others.length >= 2) change = { name: control.name, first: [others[0]!], second: [others[1]!] };
				} else if (type === 'checkbox') {
					// A list of ticks (who is present): each save leaves out a different one.
					const ticked = [...form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${CSS.escape(control.name)}"]`)]
						.filter((c) => c.checked)
						.map((c) => c.value);
					if (ticked.length >= 2) change = { name: control.name, first: ticked.slice(1), second: ticked.slice(0, -1) };
				}
				if (change) break;
			}
			found.push({ action: form.action, fields, change });
		}
		return found;
	}, self);
}

/** The same form found on many rows (a part, a member, a wish) is walked once. */
const shapeOf = (form: FoundForm) =>
	`${new URL(form.action).pathname.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id')}${new URL(form.action).search} ${form.fields.map(([n]) => n.replace(/:[0-9a-f-]{36}$/, ':id')).join(',')}`;

async function walk(page: Page, base: string, self: string): Promise<FoundForm[]> {
	const seen = new Set<string>();
	const queue = [...starts];
	const forms = new Map<string, FoundForm>();
	while (queue.length && seen.size < maxPages) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		const res = await page.goto(`${base}${path}`);
		if (!res || res.status() !== 200 || new URL(page.url()).pathname !== path.split('?')[0]) continue;
		for (const form of await editFormsOn(page, self)) {
			const found = { ...form, page: path };
			if (!forms.has(shapeOf(found))) forms.set(shapeOf(found), found);
		}
		const links = await page.$$eval('main a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
		for (const href of links) {
			const url = new URL(href);
			if (url.origin !== base || notPages.test(url.pathname)) continue;
			const next = url.pathname + url.search;
			if (!seen.has(next)) queue.push(next);
		}
	}
	return [...forms.values()];
}

/**
 * Two people open the same edit form; the first saves, then the second saves a different change.
 * The second is told someone else saved first, for every edit form the app has, found by walking
 * its pages rather than from a list: a form added later is walked without editing this test.
 */
describe.skipIf(!hasChromium)('every edit form refuses a save based on an old version', () => {
	for (const role of ['coordinator', 'facilitator'] as const) {
		describe(`walking the pages as ${role}`, () => {
			const run = journey(
				async (db) => {
					const seeded: SeededOrganisation = await seedOrganisation(db, 'E');
					const at = { meetingId: seeded.meetingId };
					// A second participant, so an attendance list has two different changes to make.
					const [other] = await db.insert(person).values({ organisationId: seeded.organisationId, name: 'Tweede bewoner', background: 'resident' }).returning();
					await db.insert(seriesPerson).values({ seriesId: seeded.seriesId, personId: other!.id, role: 'participant' });
					await db.insert(groupAgreement).values({ ...at, seriesId: seeded.seriesId, text: 'We laten elkaar uitpraten' });
					await db.insert(changeWish).values({ ...at, seriesId: seeded.seriesId, text: 'Een spreekuur in de bibliotheek', submissionId: crypto.randomUUID() });
					await db.insert(homework).values({ ...at, text: 'Neem een foto mee' });
					await db.insert(signal).values({ ...at, kind: 'signal', text: 'Zegt vaak af voor uitjes' });
					const [author] = await db.select({ id: user.id }).from(user).where(eq(user.email, seeded.facilitator.email));
					await db.insert(note).values({ ...at, visibility: 'facilitators', text: 'Rustig begonnen', authorId: author!.id });
					await db.insert(activityFormat).values({
						organisationId: seeded.organisationId,
						name: 'Wandelgesprek',
						purpose: 'Praten onder het lopen',
						minutes: 20,
						groupForm: 'pairsOrThrees',
						steps: ['Loop in tweetallen een rondje', 'Vertel elkaar wat opviel'],
						materials: ['Goede schoenen']
					});
					return seeded;
				},
				{ signIn: (seeded) => seeded[role].email }
			);

			it('finds the edit forms and refuses the second save of each', async () => {
				const { app, page } = run;
				// The coordinator is no person in the register; the facilitator is.
				const self = role === 'facilitator' ? app.seeded.facilitatorPersonId : app.seeded.coordinator.email;
				const forms = await walk(page, app.url, self);
				const poster = new Client(app.url);
				await poster.signIn(app.seeded[role].email, password);
				const unchanged: string[] = [];
				const notSaved: string[] = [];
				const notRefused: string[] = [];
				let refused = 0;
				for (const form of forms) {
					const where = `${form.page} → ${shapeOf(form)}`;
					if (!form.change) {
						unchanged.push(where);
						continue;
					}
					const { name, first, second } = form.change;
					const post = (values: string[]) => {
						const fields: Record<string, string[]> = { [name]: values };
						for (const [n, v] of form.fields) if (n !== name) (fields[n] ??= []).push(v);
						return poster.post(new URL(form.action).pathname + new URL(form.action).search, fields);
					};
					const saved = await post(first);
					if (saved.status !== 200 && saved.status !== 303) {
						notSaved.push(`${where}: ${saved.status}`);
						continue;
					}
					const late = await post(second);
					const body = await late.text();
					// 409 Conflict, with the notice that someone else saved first.
					if (late.status === 409 && body.includes(nl.edit_stale_title!)) refused++;
					else notRefused.push(`${where}: ${late.status}`);
				}
				console.log(
					`edit forms as ${role}: ${forms.length} found, ${refused} refused a stale save, ${notRefused.length} did not, ` +
						`${notSaved.length} could not be saved as found, ${unchanged.length} had nothing to change`
				);
				for (const line of [...notSaved.map((l) => `not saved: ${l}`), ...unchanged.map((l) => `nothing to change: ${l}`)]) console.log(`  ${line}`);
				expect(notRefused).toEqual([]);
				expect(refused).toBeGreaterThanOrEqual(role === 'coordinator' ? 8 : 5);
				expect(run.errors).toEqual([]);
			});
		});
	}
});
