import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** Where a walk starts: every page of the main navigation. */
export const walkStarts = ['/series', '/people', '/formats', '/methods', '/funds', '/map', '/regions', '/organisation'];
/** Pages that are not pages to walk (a file, a stream, a print view, the room) or that end the session. */
const notPages = /\/(logout|language)\b|\.(ics|json)$|\/events$|\/print$|\/photos\/|\/handouts$|\/screen$|\/run$|^\/(time|scherm|doe-mee|mijn|p|invite)\b/;
/** Forms that end the session or only switch the language: posting them ends the walk's purpose. */
const notForms = /^\/(logout|language)\b/;
/** More pages than the app has, so a loop in the links cannot keep the walk going. */
const maxPages = 250;

export interface Control {
	name: string;
	/** `text`, `textarea`, `number`, `select`, `radio`, `checkbox`, `hidden`, `date`, … */
	type: string;
	/** The values a choice offers (select, radio, checkbox). */
	options: string[];
}

export interface FoundForm {
	/** The page the form was found on. */
	page: string;
	/** Path and query the form posts to. */
	action: string;
	/** The form as the browser would post it now: `new FormData(form)`, files left out. */
	fields: [string, string][];
	controls: Control[];
	/** Whether the form carries the edit version (a hidden `version` field). */
	versioned: boolean;
	/** The field to change and its values for each of two saves, or null when none can be changed. */
	change: { name: string; first: string[]; second: string[] } | null;
}

/**
 * Every POST form on the page as the browser would post it, with a field that can be changed in two
 * different ways: a text gets a word added, a number goes one up or down within its limits, a
 * choice takes another option, a list of ticks leaves out a different one. Controls whose name
 * holds `self` (one's own person id) are never the one changed: the walker would lock itself out.
 */
function formsOn(page: Page, self: string): Promise<Omit<FoundForm, 'page'>[]> {
	return page.evaluate((self) => {
		const found: Omit<FoundForm, 'page'>[] = [];
		for (const form of document.querySelectorAll('form')) {
			if (form.method.toLowerCase() !== 'post') continue;
			const submitter = form.querySelector<HTMLButtonElement>('button[type="submit"][name], button:not([type])[name]');
			const data = new FormData(form, submitter ?? undefined);
			const fields = [...data].filter((entry): entry is [string, string] => typeof entry[1] === 'string');
			const all = [...form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')].filter((c) => c.name);
			const controls = new Map<string, { name: string; type: string; options: string[] }>();
			for (const c of all) {
				const type = c instanceof HTMLInputElement ? c.type : c.tagName.toLowerCase();
				const entry = controls.get(c.name) ?? { name: c.name, type, options: [] };
				if (c instanceof HTMLSelectElement) entry.options.push(...[...c.options].map((o) => o.value));
				else if (type === 'radio' || type === 'checkbox') entry.options.push((c as HTMLInputElement).value);
				controls.set(c.name, entry);
			}
			let change: FoundForm['change'] = null;
			for (const control of all) {
				if (control.disabled || (control as HTMLInputElement).readOnly || control.name === 'version' || control.name.includes(self)) continue;
				const type = control instanceof HTMLInputElement ? control.type : control.tagName.toLowerCase();
				const same = (selector: string) => [...form.querySelectorAll<HTMLInputElement>(`input[type="${selector}"][name="${CSS.escape(control.name)}"]`)];
				if (['text', 'textarea', 'search'].includes(type)) {
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
					const others = same('radio').filter((r) => !r.checked).map((r) => r.value);
					if (others.length >= 2) change = { name: control.name, first: [others[0]!], second: [others[1]!] };
				} else if (type === 'checkbox') {
					const ticked = same('checkbox').filter((c) => c.checked).map((c) => c.value);
					if (ticked.length >= 2) change = { name: control.name, first: ticked.slice(1), second: ticked.slice(0, -1) };
				}
				if (change) break;
			}
			const action = new URL(form.action);
			found.push({ action: action.pathname + action.search, fields, controls: [...controls.values()], versioned: data.has('version'), change });
		}
		return found;
	}, self);
}

/** The same form found on many rows (a part, a member, a wish) is one shape. */
export const shapeOf = (form: Pick<FoundForm, 'action' | 'fields'>) =>
	`${form.action.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id')} ${form.fields.map(([n]) => n.replace(/:[0-9a-f-]{36}$/, ':id')).join(',')}`;

/**
 * Follows every link in the pages' main content from the main navigation, as the signed-in person
 * of `page`, and returns the pages it saw and one form of each shape, so a page or form added later
 * is walked without editing the tests that use this.
 */
export async function walkApp(page: Page, base: string, self: string): Promise<{ pages: string[]; forms: FoundForm[]; resources: string[] }> {
	const seen = new Set<string>();
	const pages: string[] = [];
	/** Links to what is not walked as a page (a file, a print view, the run page), to ask for by other means. */
	const resources = new Set<string>();
	const queue = [...walkStarts];
	const forms = new Map<string, FoundForm>();
	while (queue.length && seen.size < maxPages) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		// A link that turns out to be a file (a download) is one of the resources, not a page.
		const res = await page.goto(`${base}${path}`).catch((error: Error) => {
			if (!/download/i.test(error.message)) throw error;
			resources.add(path);
			return null;
		});
		if (!res || res.status() !== 200 || new URL(page.url()).pathname !== path.split('?')[0]) continue;
		pages.push(path);
		for (const form of await formsOn(page, self)) {
			if (notForms.test(form.action)) continue;
			const found = { ...form, page: path };
			if (!forms.has(shapeOf(found))) forms.set(shapeOf(found), found);
		}
		const links = await page.$$eval('main a[href]', (as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, download: a.hasAttribute('download') })));
		for (const { href, download } of links) {
			const url = new URL(href);
			if (url.origin !== base) continue;
			const next = url.pathname + url.search;
			if (download || notPages.test(url.pathname)) {
				if (!notForms.test(url.pathname)) resources.add(next);
				continue;
			}
			if (!seen.has(next)) queue.push(next);
		}
	}
	return { pages, forms: [...forms.values()], resources: [...resources] };
}

/** A route of the app as its folder names it: `/series/[id=id]/meetings/[meetingId=id]`, groups left out. */
export interface Route {
	id: string;
	/** The names of its parameters that hold a database id (the `id` matcher), in order. */
	idParams: string[];
	/** Matches a path of this route, one group per parameter. */
	pattern: RegExp;
}

/** Every page and endpoint in `src/routes`, read from the folders, so a route added later is in the list. */
export function routeTree(root = path.resolve('src/routes')): Route[] {
	const routes: Route[] = [];
	const visit = (dir: string, segments: string[]) => {
		const entries = readdirSync(dir, { withFileTypes: true });
		if (entries.some((e) => e.isFile() && /^\+(page\.svelte|page\.server\.ts|server\.ts)$/.test(e.name))) {
			const id = `/${segments.join('/')}`;
			const params = segments.filter((s) => s.startsWith('['));
			const pattern = new RegExp(`^${segments.map((s) => (s.startsWith('[') ? '/([^/]+)' : `/${s.replace(/[.]/g, '\\.')}`)).join('') || '/'}$`);
			if (!routes.some((r) => r.id === id)) routes.push({ id, idParams: params.filter((p) => p.endsWith('=id]')).map((p) => p.slice(1, p.indexOf('='))), pattern });
		}
		for (const entry of entries) {
			if (!entry.isDirectory()) continue;
			const group = /^\(.*\)$/.test(entry.name);
			visit(path.join(dir, entry.name), group ? segments : [...segments, entry.name]);
		}
	};
	visit(root, []);
	return routes;
}

/** An id for a parameter named after what it holds (`[seriesId=id]`) from a walked path of that thing (`/series/<id>`). */
function idByName(part: string, walked: string[]): string | null {
	const thing = /^\[(\w+?)Id=id\]$/.exec(part)?.[1];
	if (!thing) return null;
	const folders = [thing, `${thing}s`, ...(thing === 'person' ? ['people'] : [])];
	for (const walkedPath of walked) {
		const found = new RegExp(`/(?:${folders.join('|')})/([0-9a-f-]{36})(?:/|$|\\?)`).exec(walkedPath);
		if (found) return found[1]!;
	}
	return null;
}

/**
 * A path for each route with database ids, its ids taken from the walked paths that share the
 * longest start with it (the series and meeting a page was found under), and a random id where no
 * walked path has one (a photo that was never uploaded): the route is asked for all the same.
 */
export function pathsForRoutes(routes: Route[], walked: string[]): { route: string; path: string }[] {
	const out: { route: string; path: string }[] = [];
	for (const route of routes.filter((r) => r.idParams.length)) {
		const parts = route.id.split('/').slice(1);
		let best: string[] = [];
		for (const walkedPath of walked) {
			const w = walkedPath.split('?')[0]!.split('/').slice(1);
			const filled: string[] = [];
			for (let i = 0; i < parts.length; i++) {
				const part = parts[i]!;
				if (part.startsWith('[')) {
					if (i < w.length && /^[0-9a-f-]{36}$/.test(w[i]!) && filled.length === i) filled.push(w[i]!);
					else break;
				} else if (w[i] === part && filled.length === i) filled.push(part);
				else break;
			}
			if (filled.length > best.length) best = filled;
		}
		const path = parts.map((part, i) => best[i] ?? (part.startsWith('[') ? (idByName(part, walked) ?? crypto.randomUUID()) : part)).join('/');
		out.push({ route: route.id, path: `/${path}` });
	}
	return out;
}
