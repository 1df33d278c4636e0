import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';

/** Debian's Chromium; CI installs it with `apt-get install -y chromium`. No tool may download a browser. */
export const chromiumPath = '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

export function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: chromiumPath,
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
	});
}

/** All messages of one language, merged from `messages/<locale>/*.json`, so tests use the exact texts users see. */
export function messages(locale: 'nl' | 'en'): Record<string, string> {
	const dir = path.resolve('messages', locale);
	const all: Record<string, string> = {};
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
		for (const [key, value] of Object.entries(JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Record<string, unknown>)) {
			if (typeof value === 'string' && key !== '$schema') all[key] = value;
		}
	}
	return all;
}

/** Clicks (or presses) something that posts a form or follows a link, and waits for the next document. */
export async function navigatingBy(page: Page, act: () => Promise<unknown>): Promise<void> {
	await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), act()]);
}

/** The text of everything a control's aria-describedby points at: its hint and its error message. */
export function description(control: Locator): Promise<string> {
	return control.evaluate((el) =>
		(el.getAttribute('aria-describedby') ?? '')
			.split(/\s+/)
			.filter(Boolean)
			.map((id) => document.getElementById(id)?.textContent?.trim() ?? `(missing #${id})`)
			.join(' | ')
	);
}

export function isFocused(locator: Locator): Promise<boolean> {
	return locator.evaluate((el) => el === document.activeElement);
}

/** Presses Tab until `target` has focus; fails after `max` presses, so an unreachable control is caught. */
export async function tabTo(page: Page, target: Locator, max = 40): Promise<number> {
	for (let presses = 1; presses <= max; presses++) {
		await page.keyboard.press('Tab');
		if (await isFocused(target)) return presses;
	}
	throw new Error(`not reachable with Tab in ${max} presses: ${target.toString()}`);
}

export type Violation = { state: string; url: string; id: string; impact: string | null; help: string; nodes: { target: string; summary: string }[] };

let axeCode: string | null = null;
const axeScript = () => (axeCode ??= readFileSync(path.resolve('node_modules/axe-core/axe.min.js'), 'utf8'));
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe-core (WCAG 2.1 A and AA) on the page as it is now; returns its violations labelled with `state`. */
export async function axeViolations(page: Page, state: string): Promise<Violation[]> {
	const loaded = await page.evaluate(() => 'axe' in window);
	// Evaluated through the DevTools protocol, so the app's Content Security Policy stays in force.
	if (!loaded) await page.evaluate(axeScript());
	const found = await page.evaluate(async (tags) => {
		type AxeResult = {
			violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
		};
		const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
		const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
		return result.violations.map((v) => ({
			id: v.id,
			impact: v.impact ?? null,
			help: v.help,
			nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), summary: n.failureSummary ?? '' }))
		}));
	}, wcagTags);
	return found.map((v) => ({ state, url: new URL(page.url()).pathname, ...v }));
}

/**
 * Checks axe-core leaves out, in the same shape: in-page links (skip link, error summary) whose
 * target does not exist, and a page title that does not say which page this is.
 */
export async function ownViolations(page: Page, state: string, genericTitle: string): Promise<Violation[]> {
	const found = await page.evaluate((generic) => {
		const broken = [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
			.filter((a) => a.hash.length > 1 && !document.getElementById(decodeURIComponent(a.hash.slice(1))))
			.map((a) => ({ target: `a[href="${a.getAttribute('href')}"]`, summary: `"${a.textContent?.trim()}" points at an element that does not exist` }));
		const title = document.title.trim();
		return {
			broken,
			title: title === '' || title === generic ? [{ target: 'title', summary: `the title "${title}" does not name the page` }] : []
		};
	}, genericTitle);
	const url = new URL(page.url()).pathname;
	return [
		...(found.broken.length ? [{ state, url, id: 'in-page-link-target', impact: 'serious', help: 'An in-page link must lead to an element on the page', nodes: found.broken }] : []),
		...(found.title.length ? [{ state, url, id: 'page-title-names-page', impact: 'serious', help: 'The title says which page this is (WCAG 2.4.2)', nodes: found.title }] : [])
	];
}

export function formatViolations(violations: Violation[]): string {
	return violations
		.map((v) => [`• ${v.state} (${v.url}): ${v.id} [${v.impact}] ${v.help}`, ...v.nodes.map((n) => `    ${n.target}\n      ${n.summary.replace(/\n/g, '\n      ')}`)].join('\n'))
		.join('\n');
}

/** 'YYYY-MM-DD' of a date `days` after today in Amsterdam (the app's "today"). */
export function isoDateFromToday(days: number): string {
	const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
	const date = new Date(`${today}T12:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return date.toISOString().slice(0, 10);
}

/**
 * The first Dutch public holiday with a fixed date strictly after `after`, with its message key.
 * King's Day moves to 26 April when 27 April is a Sunday.
 */
export function nextFixedHoliday(after: string): { date: string; key: string } {
	const year = Number(after.slice(0, 4));
	const candidates: { date: string; key: string }[] = [];
	for (const y of [year, year + 1]) {
		const kingsDay = new Date(Date.UTC(y, 3, 27)).getUTCDay() === 0 ? `${y}-04-26` : `${y}-04-27`;
		candidates.push(
			{ date: `${y}-01-01`, key: 'holiday_new_year' },
			{ date: kingsDay, key: 'holiday_kings_day' },
			{ date: `${y}-12-25`, key: 'holiday_christmas_day' },
			{ date: `${y}-12-26`, key: 'holiday_boxing_day' }
		);
	}
	return candidates.filter((c) => c.date > after).sort((a, b) => a.date.localeCompare(b.date))[0]!;
}
