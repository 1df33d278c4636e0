import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisationWithContent, type SeededOrganisation } from '../support/factories';
import { hasChromium } from './support/browser';
import { journey } from './support/journey';
import { pathsForRoutes, routeTree, walkApp } from './support/walk';

/** Words only organisation Alfa's pages hold: any of them in an answer to someone else is a leak. */
const alfaWords = ['Organisatie Alfa', 'Bewoner Alfa', 'Begeleider Alfa', 'Reeks Alfa', 'Wijk Alfa', 'Tweede bewoner Alfa', 'Kindpakket Alfa', 'Partner Alfa', 'Dienst Alfa'];
const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

type Intruder = 'coordinator of Beta' | 'facilitator of Beta' | 'stakeholder of Beta' | 'participant of Beta' | 'participant of Alfa' | 'nobody';

/** What an intruder may get for Alfa's page or form: not found, or sent to sign in; never the thing itself. */
function refused(status: number, location: string | null): boolean {
	if (status === 404 || status === 401 || status === 403) return true;
	return (status === 302 || status === 303 || status === 307) && !!location && location.startsWith('/login');
}

/**
 * Issue #11 item 7: the tenant-isolation matrix. Every page and form of organisation Alfa, found by
 * walking its pages as its coordinator, and every route of the route tree that takes an id (filled
 * with Alfa's ids), is asked for by every role of organisation Beta, by a participant of Beta and
 * of Alfa (a personal link's cookie), and by nobody. Each must be refused without a word of Alfa's.
 * Nothing here lists routes by hand: a route added later is in the matrix.
 */
describe.skipIf(!hasChromium).each(databaseKinds)('tenant isolation over every route and form on %s', (kind) => {
	const run = journey(async (db) => ({ alfa: await seedOrganisationWithContent(db, 'Alfa'), beta: await seedOrganisationWithContent(db, 'Beta') }), {
		kind,
		signIn: (seeded) => seeded.alfa.coordinator.email
	});

	async function participantOf(org: SeededOrganisation): Promise<Client> {
		const coordinator = new Client(run.app.url);
		await coordinator.signIn(org.coordinator.email, password);
		const issued = await (await coordinator.post(`/series/${org.seriesId}/people/${org.personId}/link?/issue`, {})).text();
		const token = /\/p\/([A-Za-z0-9_-]{43})/.exec(issued)?.[1];
		if (!token) throw new Error('no personal link was made');
		const participant = new Client(run.app.url);
		expect((await participant.get(`/p/${token}`)).status).toBe(303);
		return participant;
	}

	it('refuses every page, endpoint and form of another organisation to every role and participant', async () => {
		const { app, page } = run;
		const { alfa, beta } = app.seeded;
		const walked = await walkApp(page, app.url, alfa.coordinator.email);
		const routes = routeTree();
		const byRoute = pathsForRoutes(routes, [...walked.pages, ...walked.resources]);
		const paths = [...new Set([...walked.pages, ...walked.resources].filter((p) => uuid.test(p)).concat(byRoute.map((r) => r.path)))];
		const known = [...walked.pages, ...walked.resources].join(' ');
		const unfilled = byRoute.filter((r) => (r.path.match(new RegExp(uuid, 'g')) ?? []).some((id) => !known.includes(id)));

		const intruders: [Intruder, Client][] = [];
		for (const role of ['coordinator', 'facilitator', 'stakeholder'] as const) {
			const member = new Client(app.url);
			await member.signIn(beta[role].email, password);
			intruders.push([`${role} of Beta`, member]);
		}
		intruders.push(['participant of Beta', await participantOf(beta)], ['participant of Alfa', await participantOf(alfa)], ['nobody', new Client(app.url)]);

		const leaks: string[] = [];
		let requests = 0;
		for (const [who, client] of intruders) {
			for (const path of paths) {
				// Alfa's own participant may open their own series on /mijn: that is theirs, not a leak.
				if (who === 'participant of Alfa' && path.startsWith('/mijn/')) continue;
				requests++;
				const res = await client.get(path);
				const body = res.headers.get('content-type')?.startsWith('text/event-stream') ? '' : await res.text();
				const said = alfaWords.filter((w) => body.includes(w));
				// An id in the address names the thing asked for; one only in the query (a preselection
				// on one's own page) may be ignored, as long as nothing of Alfa's comes back.
				const named = uuid.test(path.split('?')[0]!);
				const ok = named ? refused(res.status, res.headers.get('location')) : res.status < 500;
				if (!ok || said.length) leaks.push(`${who}: GET ${path} → ${res.status}${said.length ? ` (${said.join(', ')})` : ''}`);
			}
			for (const form of walked.forms) {
				if (!uuid.test(form.action + JSON.stringify(form.fields))) continue;
				requests++;
				const fields: Record<string, string[]> = {};
				for (const [name, value] of form.fields) (fields[name] ??= []).push(value);
				const res = await client.post(form.action, fields);
				const body = await res.text();
				// What the intruder sent may come back beside the field it was typed in; nothing else of Alfa's may.
				const sent = form.fields.map(([, value]) => value).join('\n');
				const said = alfaWords.filter((w) => body.includes(w) && !sent.includes(w));
				// With Alfa's id in the address: refused as not found. With it only in a field of one's own
				// form: refused as not found or as a mistake in that field, never done.
				const named = uuid.test(form.action.split('?')[0]!);
				const ok = refused(res.status, res.headers.get('location')) || (!named && (res.status === 400 || res.status === 409));
				if (!ok || said.length) leaks.push(`${who}: POST ${form.action} → ${res.status}${said.length ? ` (${said.join(', ')})` : ''}`);
			}
		}
		console.log(
			`tenant isolation on ${kind}: ${routes.length} routes (${byRoute.length} with ids), ${paths.length} paths and ` +
				`${walked.forms.filter((f) => uuid.test(f.action + JSON.stringify(f.fields))).length} forms with Alfa's ids, ` +
				`${intruders.length} intruders: ${requests} requests, ${leaks.length} leaks` +
				(unfilled.length ? `; asked with a made-up id (no walked page had one): ${unfilled.map((r) => r.route).join(', ')}` : '')
		);
		expect(leaks).toEqual([]);
		expect(walked.forms.length).toBeGreaterThan(20);
		expect(run.errors).toEqual([]);
	});
});
