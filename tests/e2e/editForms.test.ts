import { describe, expect, it } from 'vitest';
import { Client } from '../support/client';
import { password, seedOrganisationWithContent } from '../support/factories';
import { hasChromium, messages } from './support/browser';
import { journey } from './support/journey';
import { shapeOf, walkApp } from './support/walk';

const nl = messages('nl');

/**
 * Two people open the same edit form; the first saves, then the second saves a different change.
 * The second is told someone else saved first, for every edit form the app has, found by walking
 * its pages rather than from a list: a form added later is walked without editing this test.
 */
describe.skipIf(!hasChromium)('every edit form refuses a save based on an old version', () => {
	for (const role of ['coordinator', 'facilitator'] as const) {
		describe(`walking the pages as ${role}`, () => {
			const run = journey(
				(db) => seedOrganisationWithContent(db, 'E'),
				{ signIn: (seeded) => seeded[role].email }
			);

			it('finds the edit forms and refuses the second save of each', async () => {
				const { app, page } = run;
				// The coordinator is no person in the register; the facilitator is.
				const self = role === 'facilitator' ? app.seeded.facilitatorPersonId : app.seeded.coordinator.email;
				const forms = (await walkApp(page, app.url, self)).forms.filter((form) => form.versioned);
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
						return poster.post(form.action, fields);
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
