import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { startApp, type DatabaseKind, type RunningApp } from '../../support/app';
import type { Db } from '../../../src/lib/server/db';
import { password } from '../../support/factories';
import { axeViolations, launchChromium, messages, navigatingBy, ownViolations, type Violation } from './browser';

const nl = messages('nl');

export const phone = { width: 360, height: 740 };

export interface JourneyOptions<T> {
	kind?: DatabaseKind;
	/** Who is signed in on `page` through the sign-in form; nobody when left out. */
	signIn?: (seeded: T) => string;
	viewport?: BrowserContextOptions['viewport'];
}

export interface Journey<T> {
	readonly app: RunningApp<T>;
	readonly browser: Browser;
	/** The first page, in Dutch, signed in as `signIn` says. */
	readonly page: Page;
	/** A page in a browser of its own: someone else's phone, or the projector's laptop. */
	newPage(viewport?: BrowserContextOptions['viewport']): Promise<Page>;
	/** Runs axe-core and our own checks on `on` as it is now, labelled `state`. */
	audit(on: Page, state: string): Promise<void>;
	readonly violations: Violation[];
	/** Answers of 500 and above, and what any page threw. */
	readonly errors: string[];
}

/**
 * One journey's own app on its own seeded database, a Chromium and a first page, started before
 * the journey's tests and gone after them. Call it inside the journey's `describe`: another
 * journey never sees this database, so one failing cannot take the others with it.
 */
export function journey<T>(seed: (db: Db) => Promise<T>, options: JourneyOptions<T> = {}): Journey<T> {
	const violations: Violation[] = [];
	const errors: string[] = [];
	let app: RunningApp<T> | undefined;
	let browser: Browser | undefined;
	let page: Page | undefined;
	const ready = <V>(value: V | undefined): V => {
		if (value === undefined) throw new Error('the journey has not started: use it inside a test');
		return value;
	};

	const newPage = async (viewport = options.viewport): Promise<Page> => {
		const context = await ready(browser).newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', ...(viewport ? { viewport } : {}) });
		const opened = await context.newPage();
		opened.setDefaultTimeout(10_000);
		opened.on('response', (res) => {
			if (res.status() >= 500) errors.push(`${res.status()} ${res.request().method()} ${res.url()}`);
		});
		opened.on('pageerror', (error) => errors.push(`${opened.url()}: ${error.message}`));
		return opened;
	};

	beforeAll(async () => {
		app = await startApp(options.kind ?? 'pglite', seed);
		browser = await launchChromium();
		page = await newPage();
		if (options.signIn) {
			await page.goto(`${app.url}/login`);
			await page.getByLabel(nl.email!, { exact: true }).fill(options.signIn(app.seeded));
			await page.getByLabel(nl.password!, { exact: true }).fill(password);
			await navigatingBy(page, () => ready(page).getByRole('button', { name: nl.login_submit!, exact: true }).click());
		}
	});
	afterAll(async () => {
		await browser?.close();
		await app?.stop();
	});

	return {
		get app() {
			return ready(app);
		},
		get browser() {
			return ready(browser);
		},
		get page() {
			return ready(page);
		},
		newPage,
		audit: async (on, state) => {
			violations.push(...(await axeViolations(on, state)), ...(await ownViolations(on, state, nl.app_name!)));
		},
		violations,
		errors
	};
}
