import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { inHtml, m, nl } from '../support/messages';

const MB = 1024 * 1024;

/**
 * A real JPEG of `size` bytes: a small picture with comment segments after its start marker, as
 * large as a phone's photo without taking the machine's time to encode one.
 */
async function jpegOf(size: number): Promise<Uint8Array<ArrayBuffer>> {
	const picture = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: '#2d6a4f' } }).jpeg().toBuffer();
	const bytes = new Uint8Array(size);
	bytes.set(picture.subarray(0, 2));
	let at = 2;
	while (size - at - (picture.length - 2) >= 4) {
		const length = Math.min(65535, size - at - (picture.length - 2) - 2);
		if (length < 2) break;
		bytes.set([0xff, 0xfe, length >> 8, length & 0xff], at);
		at += 2 + length;
	}
	bytes.set(picture.subarray(2), at);
	return bytes.subarray(0, at + picture.length - 2);
}

const upload = (bytes: Uint8Array<ArrayBuffer>, name: string, type: string) => {
	const form = new FormData();
	form.append('photo', new Blob([bytes], { type }), name);
	return form;
};

describe.each(databaseKinds)('photos of flipovers over HTTP on %s', (kind) => {
	let app: RunningApp<SeededOrganisation>;
	let facilitator: Client;
	let record: string;

	beforeAll(async () => {
		app = await startApp(kind, (db) => seedOrganisation(db, 'P'));
		facilitator = new Client(app.url);
		await facilitator.signIn(app.seeded.facilitator.email, password);
		record = `/series/${app.seeded.seriesId}/meetings/${app.seeded.meetingId}/record`;
	});
	afterAll(() => app?.stop());

	it('takes a 10 MB photo and serves it shrunk, as JPEG, nosniff, privately, to the meeting page’s readers only', async () => {
		const photo = await jpegOf(10 * MB - 1024);
		expect(photo.length).toBe(10 * MB - 1024);
		const res = await facilitator.postMultipart(`${record}?/photo`, upload(photo, 'flap.jpg', 'image/jpeg'));
		expect(res.status).toBe(200);
		const page = await (await facilitator.get(record)).text();
		const src = /<img[^>]*src="([^"]+\/photos\/[0-9a-f-]{36})"/.exec(page)?.[1];
		expect(src).toBeTruthy();
		const served = await facilitator.get(src!);
		expect(served.status).toBe(200);
		expect(served.headers.get('content-type')).toBe('image/jpeg');
		expect(served.headers.get('x-content-type-options')).toBe('nosniff');
		expect(served.headers.get('cache-control')).toMatch(/^private/);
		const meta = await sharp(Buffer.from(await served.arrayBuffer())).metadata();
		expect([meta.width, meta.height, meta.comments]).toEqual([2000, 1333, undefined]);
		const stakeholder = new Client(app.url);
		await stakeholder.signIn(app.seeded.stakeholder.email, password);
		expect((await stakeholder.get(src!)).status).toBe(404);
		expect((await new Client(app.url).get(src!)).status).not.toBe(200);
	});

	it('refuses 11 MB and a text file named .jpg with a reason, never a 500', async () => {
		const big = await jpegOf(11 * MB);
		expect(big.length).toBe(11 * MB);
		const tooBig = await facilitator.postMultipart(`${record}?/photo`, upload(big, 'groot.jpg', 'image/jpeg'));
		expect(tooBig.status).toBe(400);
		expect(await tooBig.text()).toContain(inHtml(m.capture_photo_refusal_tooBig({}, nl)));
		const text = new TextEncoder().encode('Dit is geen foto, alleen tekst.');
		const renamed = await facilitator.postMultipart(`${record}?/photo`, upload(text, 'flap.jpg', 'image/jpeg'));
		expect(renamed.status).toBe(400);
		expect(await renamed.text()).toContain(inHtml(m.capture_photo_refusal_notImage({}, nl)));
		const none = await facilitator.postMultipart(`${record}?/photo`, new FormData());
		expect(none.status).toBe(400);
	});
});

describe.each(databaseKinds)('the change wishes page without a script, on %s', (kind) => {
	let app: RunningApp<SeededOrganisation>;
	let facilitator: Client;
	let wishes: string;

	beforeAll(async () => {
		app = await startApp(kind, (db) => seedOrganisation(db, 'N'));
		facilitator = new Client(app.url);
		await facilitator.signIn(app.seeded.facilitator.email, password);
		wishes = `/series/${app.seeded.seriesId}/wishes`;
		const record = `/series/${app.seeded.seriesId}/meetings/${app.seeded.meetingId}/record`;
		for (const [wish, level, theme] of [
			['Een ruilkast bij de school', 'society', 'Spullen'],
			['Minder formulieren', '', '']
		]) {
			expect((await facilitator.post(`${record}?/wish`, { wish: wish!, author: '', level: level!, theme: theme!, submission: crypto.randomUUID() })).status).toBe(200);
		}
	});
	afterAll(() => app?.stop());

	const formOf = async (text: string, path = wishes) => {
		const page = await (await facilitator.get(path)).text();
		const item = page.slice(page.indexOf(text));
		return { id: /name="id" value="([^"]+)"/.exec(item)![1]!, version: /name="version" value="([^"]+)"/.exec(item)![1]! };
	};

	it('saves an edit on the filtered address and shows the same filtered list again', async () => {
		const filtered = `${wishes}?level=society`;
		const page = await (await facilitator.get(filtered)).text();
		expect(page).toContain('Een ruilkast bij de school');
		expect(page).not.toContain('Minder formulieren');
		expect(page).toContain(`action="?/edit&amp;level=society"`);
		const res = await facilitator.post(`${wishes}?/edit&level=society`, { ...(await formOf('Een ruilkast', filtered)), text: 'Een ruilkast en een boekenkast', level: 'society', theme: 'Spullen' });
		expect(res.status).toBe(200);
		const after = await res.text();
		expect(after).toContain(inHtml(m.wishes_saved({}, nl)));
		expect(after).toContain('Een ruilkast en een boekenkast');
		expect(after).not.toContain('Minder formulieren');
	});

	it('answers bad input with a message and a 400, never a 500, and changes nothing', async () => {
		const fields = await formOf('Minder formulieren');
		const tries: [string, Record<string, string>, string][] = [
			['?/edit', { ...fields, text: '🙂', level: '', theme: '' }, m.capture_text_needs_words({}, nl)],
			['?/edit', { ...fields, text: 'Minder formulieren', level: 'galaxy', theme: '' }, m.validation_choice({}, nl)],
			['?/edit', { ...fields, text: 'Minder formulieren', level: '', theme: 'x'.repeat(81) }, m.validation_too_long({ max: 80 }, nl)],
			['?/edit', { ...fields, version: 'nonsense', text: 'Anders', level: '', theme: '' }, m.edit_version_missing({}, nl)],
			['?/remove', { ...fields }, m.wishes_remove_confirm_missing({}, nl)]
		];
		for (const [action, body, message] of tries) {
			const res = await facilitator.post(`${wishes}${action}`, body);
			expect(res.status, action).toBe(400);
			expect(await res.text(), action).toContain(inHtml(message));
		}
		expect((await facilitator.post(`${wishes}?/edit`, { ...fields, id: 'not-an-id', text: 'Anders', level: '', theme: '' })).status).toBe(400);
		expect((await facilitator.post(`${wishes}?/edit`, { ...fields, id: crypto.randomUUID(), text: 'Anders', level: '', theme: '' })).status).toBe(404);
		expect(await (await facilitator.get(wishes)).text()).toContain('Minder formulieren');
		const removed = await facilitator.post(`${wishes}?/remove`, { ...fields, confirm: 'on' });
		expect(removed.status).toBe(200);
		expect(await removed.text()).not.toContain('Minder formulieren');
	});
});
