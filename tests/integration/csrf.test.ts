import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';

/**
 * SvelteKit refuses a form posted from another site (its origin check, `csrf` in svelte.config.js).
 * This proves it for every form action and every endpoint that takes a write, read from the route
 * tree itself: a route added later is in the list without editing this file.
 */

const routesDir = path.resolve('src/routes');
const writeMethods = ['POST', 'PUT', 'PATCH', 'DELETE'] as const;

function filesNamed(dir: string, name: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return filesNamed(full, name);
		return entry.name === name ? [full] : [];
	});
}

/** The address of a route folder: groups left out, every parameter a fresh UUID (a valid `id`). */
function urlOf(file: string): string {
	const segments = path
		.relative(routesDir, path.dirname(file))
		.split(path.sep)
		.filter((segment) => segment !== '' && !/^\(.+\)$/.test(segment) && !/^\[\[.+\]\]$/.test(segment))
		.map((segment) => segment.replace(/\[[^\]]+\]/g, () => randomUUID()));
	return `/${segments.join('/')}`;
}

const parse = (file: string) => ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
const isExported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);

/** The names exported by a module: `export const x`, `export function x`, `export { a as x }`. */
function exportedNames(source: ts.SourceFile): Map<string, ts.Node> {
	const names = new Map<string, ts.Node>();
	for (const statement of source.statements) {
		if (ts.isVariableStatement(statement) && isExported(statement)) {
			for (const declaration of statement.declarationList.declarations) {
				if (ts.isIdentifier(declaration.name)) names.set(declaration.name.text, declaration.initializer ?? declaration);
			}
		} else if (ts.isFunctionDeclaration(statement) && isExported(statement) && statement.name) {
			names.set(statement.name.text, statement);
		} else if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
			for (const element of statement.exportClause.elements) names.set(element.name.text, element);
		}
	}
	return names;
}

/** The keys of `export const actions = { … }` (with or without `satisfies Actions` or a type). */
function actionNames(file: string): string[] {
	let value = exportedNames(parse(file)).get('actions');
	while (value && (ts.isSatisfiesExpression(value) || ts.isAsExpression(value) || ts.isParenthesizedExpression(value))) value = value.expression;
	if (!value) return [];
	if (!ts.isObjectLiteralExpression(value)) throw new Error(`${file}: actions is not an object literal; teach csrf.test.ts to read it`);
	return value.properties.map((property) => {
		const name = property.name;
		if (!name || !(ts.isIdentifier(name) || ts.isStringLiteral(name))) throw new Error(`${file}: an action without a plain name`);
		return name.text;
	});
}

interface Target {
	label: string;
	path: string;
}

function targets(): Target[] {
	const pages = filesNamed(routesDir, '+page.server.ts').flatMap((file) =>
		actionNames(file).map((action) => {
			const url = urlOf(file);
			return { label: `${path.relative(routesDir, path.dirname(file))} ${action}`, path: action === 'default' ? url : `${url}?/${action}` };
		})
	);
	const endpoints = filesNamed(routesDir, '+server.ts').flatMap((file) => {
		const exported = exportedNames(parse(file));
		return writeMethods.filter((method) => exported.has(method) || exported.has('fallback')).map((method) => ({ label: `${path.relative(routesDir, path.dirname(file))} ${method}`, path: `${urlOf(file)}#${method}` }));
	});
	return [...pages, ...endpoints];
}

/** The ways a browser can send a form without asking the server first (no CORS preflight). */
const formBodies = [
	{ type: 'application/x-www-form-urlencoded', body: () => 'name=Overgenomen&email=aanvaller%40example.net' },
	{ type: 'multipart/form-data; boundary=x', body: () => '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\nOvergenomen\r\n--x--\r\n' },
	{ type: 'text/plain', body: () => 'name=Overgenomen' }
];

describe.each(databaseKinds)('cross-site forms on %s', (kind) => {
	let app: RunningApp<SeededOrganisation>;
	/** A coordinator's session cookie, as the victim's browser would send it along with the forged form. */
	let cookie: string;
	const all = targets();

	beforeAll(async () => {
		app = await startApp(kind, (db) => seedOrganisation(db, 'C'));
		const res = await fetch(`${app.url}/login`, {
			method: 'POST',
			redirect: 'manual',
			headers: { origin: app.url, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ email: app.seeded.coordinator.email, password })
		});
		expect(res.status).toBe(303);
		cookie = res.headers
			.getSetCookie()
			.map((line) => line.split(';')[0])
			.join('; ');
	});
	afterAll(() => app?.stop());

	const send = async (target: Target, init: { origin: string | null; type: string; body: string; cookie?: string }) => {
		const [address, method = 'POST'] = target.path.split('#') as [string, string?];
		const headers: Record<string, string> = { 'content-type': init.type, accept: 'text/html' };
		if (init.origin) headers.origin = init.origin;
		if (init.cookie) headers.cookie = init.cookie;
		return fetch(app.url + address, { method, redirect: 'manual', headers, body: init.body });
	};

	it('finds the form actions in the route tree', () => {
		// The login, first-run and invitation pages at least; a parser that finds nothing proves nothing.
		expect(all.map((t) => t.label)).toEqual(expect.arrayContaining([expect.stringMatching(/^\(site\)\/login default$/), expect.stringMatching(/invite\/\[token\] create$/)]));
		expect(all.length).toBeGreaterThan(40);
	});

	it('refuses every form action and write endpoint posted from another site, or without an Origin', async () => {
		const answers: string[] = [];
		let requests = 0;
		for (const target of all) {
			for (const { type, body } of formBodies) {
				for (const origin of ['https://elders.example.net', 'null', null]) {
					const res = await send(target, { origin, type, body: body(), cookie });
					requests++;
					await res.arrayBuffer();
					if (res.status !== 403) answers.push(`${res.status} ${target.label} (${type}, origin ${origin})`);
				}
			}
		}
		console.log(`CSRF: ${all.length} form actions and write endpoints, ${requests} cross-site posts, ${requests - answers.length} refused with 403`);
		expect(answers).toEqual([]);
		// Nothing happened on the coordinator's behalf: still signed in, nobody named "Overgenomen".
		const people = await fetch(`${app.url}/people`, { redirect: 'manual', headers: { cookie } });
		expect(people.status).toBe(200);
		expect(await people.text()).not.toContain('Overgenomen');
	});

	it('lets the same posts through from the site itself (to the form’s own answer, never a 403 or 500)', async () => {
		const answers: string[] = [];
		const byStatus = new Map<number, number>();
		for (const target of all) {
			const res = await send(target, { origin: app.url, type: formBodies[0]!.type, body: formBodies[0]!.body() });
			await res.arrayBuffer();
			byStatus.set(res.status, (byStatus.get(res.status) ?? 0) + 1);
			if (res.status === 403 || res.status >= 500) answers.push(`${res.status} ${target.label}`);
		}
		// Signed out, a member's form sends to sign-in (303) and a public one answers its form (400):
		// a 404 in this line would mean an address made from a folder reaches no route.
		console.log(`CSRF, same site: ${[...byStatus].map(([status, n]) => `${n}× ${status}`).join(', ')}`);
		expect(answers).toEqual([]);
	});
});
