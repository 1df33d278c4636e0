import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { inHtml, m, nl } from '../support/messages';

// The smallest valid PNG: one transparent pixel.
const png = Uint8Array.from(
	atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
	(c) => c.charCodeAt(0)
);
// 3 × 2 pixels, a second logo.
const other = Uint8Array.from(
	atob('iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAYAAACddGYaAAAAEklEQVR4AWKK1mr7D8NMDEgAAAAA///47RgBAAAABklEQVQDAHRFBiPQU8V6AAAAAElFTkSuQmCC'),
	(c) => c.charCodeAt(0)
);
/** The address of the logo in the page header. */
const logoSrc = (html: string) => {
	const img = /<img[^>]*sd-page-header__logo[^>]*>/.exec(html)?.[0];
	const src = img && /\ssrc="([^"]+)"/.exec(img)?.[1];
	if (!src) throw new Error('no logo in the header');
	return src.replace(/&amp;/g, '&');
};
const upload = (bytes: Uint8Array<ArrayBuffer>, name: string, type: string) => {
	const form = new FormData();
	form.append('logo', new Blob([bytes], { type }), name);
	return form;
};

describe.each(databaseKinds)('the organisation logo on %s', (kind) => {
	let app: RunningApp<{ a: SeededOrganisation; b: SeededOrganisation }>;
	let coordinator: Client;

	beforeAll(async () => {
		app = await startApp(kind, async (db) => ({ a: await seedOrganisation(db, 'A'), b: await seedOrganisation(db, 'B') }));
		coordinator = new Client(app.url);
		await coordinator.signIn(app.seeded.a.coordinator.email, password);
	});
	afterAll(() => app?.stop());

	it('refuses anything but a PNG, JPEG or WebP image, whatever its name says', async () => {
		const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
		const res = await coordinator.postMultipart('/organisation?/logo', upload(svg, 'logo.png', 'image/png'));
		expect(res.status).toBe(400);
		expect(await res.text()).toContain(inHtml(m.organisation_logo_not_image({}, nl)));
		const empty = await coordinator.postMultipart('/organisation?/logo', new FormData());
		expect(empty.status).toBe(400);
		const onlySignature = Uint8Array.from([...png.subarray(0, 8), ...new TextEncoder().encode('<script>alert(1)</script>')]);
		const fake = await coordinator.postMultipart('/organisation?/logo', upload(onlySignature, 'logo.png', 'image/png'));
		expect(fake.status).toBe(400);
		expect(await fake.text()).toContain(inHtml(m.organisation_logo_not_image({}, nl)));
	});

	it('shows the logo to its own members only, in the header', async () => {
		const res = await coordinator.postMultipart('/organisation?/logo', upload(png, 'logo.png', 'image/png'));
		expect(res.status).toBe(303);
		const facilitator = new Client(app.url);
		await facilitator.signIn(app.seeded.a.facilitator.email, password);
		const src = logoSrc(await (await facilitator.get('/series')).text());
		const logo = await facilitator.get(src);
		expect(logo.status).toBe(200);
		expect(logo.headers.get('content-type')).toBe('image/png');
		expect(logo.headers.get('x-content-type-options')).toBe('nosniff');
		expect(new Uint8Array(await logo.arrayBuffer())).toEqual(png);

		const other = new Client(app.url);
		await other.signIn(app.seeded.b.coordinator.email, password);
		expect((await other.get('/organisation/logo')).status).toBe(404);
		expect((await new Client(app.url).get('/organisation/logo')).status).toBe(303);
		expect((await facilitator.postMultipart('/organisation?/logo', upload(png, 'x.png', 'image/png'))).status).toBe(404);
	});

	it('gives a new logo a new address at once, so the long cache never shows the old one', async () => {
		const before = logoSrc(await (await coordinator.get('/series')).text());
		expect(before).toMatch(/^\/organisation\/logo\?v=\w+$/);
		expect((await coordinator.get(before)).headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
		expect((await coordinator.get('/organisation/logo')).headers.get('cache-control')).toBe('private, no-cache');

		expect((await coordinator.postMultipart('/organisation?/logo', upload(other, 'nieuw.png', 'image/png'))).status).toBe(303);
		const facilitator = new Client(app.url);
		await facilitator.signIn(app.seeded.a.facilitator.email, password);
		for (const client of [coordinator, facilitator]) {
			const after = logoSrc(await (await client.get('/series')).text());
			expect(after).not.toBe(before);
			expect(new Uint8Array(await (await client.get(after)).arrayBuffer())).toEqual(other);
		}
		expect((await coordinator.get(before)).headers.get('cache-control')).toBe('private, no-cache');
	});

	it('removes the logo on request', async () => {
		const form = new FormData();
		form.append('remove', '1');
		expect((await coordinator.postMultipart('/organisation?/logo', form)).status).toBe(303);
		expect((await coordinator.get('/organisation/logo')).status).toBe(404);
	});
});
