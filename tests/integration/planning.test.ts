import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
import { meeting, series } from '../../src/lib/server/db/schema';
import { toInstant } from '../../src/lib/domain/schedule';
import { databaseKinds, startApp, type RunningApp } from '../support/app';
import { Client } from '../support/client';
import { password, seedOrganisation, type SeededOrganisation } from '../support/factories';
import { formFields } from '../support/forms';
import { hole, inHtml, m, nl, upTo } from '../support/messages';

type Place = { location?: string; onlineLink?: string };

/** A series of the coordinator's organisation with meetings on the given dates (the last may decide). */
async function seedSeries(db: Db, organisationId: string, name: string, dates: string[], options: { deciding?: boolean; mode?: 'online' | 'onLocation' } & Place = {}) {
	const [row] = await db.insert(series).values({ organisationId, name, kind: 'ontmoetingen', mode: options.mode ?? 'onLocation' }).returning();
	const rows = await db
		.insert(meeting)
		.values(
			dates.map((date, index) => ({
				seriesId: row!.id,
				number: index + 1,
				date,
				startTime: '10:00',
				startsAt: toInstant(date, '10:00'),
				durationMinutes: 120,
				deciding: options.deciding === true && index === dates.length - 1,
				location: options.location ?? null,
				onlineLink: options.onlineLink ?? null
			}))
		)
		.returning();
	return { id: row!.id, meetingIds: rows.sort((a, b) => a.number - b.number).map((m) => m.id) };
}

type SeededSeries = Awaited<ReturnType<typeof seedSeries>>;

interface Seeded {
	a: SeededOrganisation;
	/** Its first meeting already took place. */
	running: SeededSeries;
	switching: SeededSeries;
	/** Four meetings in spring, the deciding one nine months after the first. */
	lateFifth: SeededSeries;
}

/** The lines of the calendar event of one meeting, unfolded. */
function calendarEvent(ics: string, meetingId: string): string[] {
	const unfolded = ics.replace(/\r\n[ \t]/g, '');
	const block = unfolded.split('BEGIN:VEVENT').find((b) => b.includes(`UID:meeting-${meetingId}@`)) ?? '';
	return block.split('\r\n').filter(Boolean);
}

describe.each(databaseKinds)('planning on %s', (kind) => {
	let app: RunningApp<Seeded>;
	let coordinator: Client;
	const schedulePath = (s: SeededSeries) => `/series/${s.id}/schedule`;
	const calendar = async (s: SeededSeries) => (await coordinator.get(`/series/${s.id}/calendar.ics`)).text();
	/** The schedule form as the page shows it, with the given fields changed. */
	const scheduleForm = async (s: SeededSeries, changes: Record<string, string> = {}) => {
		const fields = formFields(await (await coordinator.get(schedulePath(s))).text());
		for (const [name, value] of Object.entries(changes)) fields[name] = [value];
		return fields;
	};

	beforeAll(async () => {
		app = await startApp(kind, async (db) => {
			const a = await seedOrganisation(db, 'A');
			return {
				a,
				running: await seedSeries(db, a.organisationId, 'Lopende reeks', ['2020-03-02', '2031-03-17', '2031-03-31', '2031-04-14'], { location: 'Buurthuis' }),
				switching: await seedSeries(db, a.organisationId, 'Wisselende reeks', ['2031-03-03', '2031-03-17'], { location: 'De Brug, Kerkstraat 1' }),
				lateFifth: await seedSeries(db, a.organisationId, 'Late afsluiting', ['2031-02-03', '2031-02-17', '2031-03-03', '2031-03-17', '2031-11-03'], {
					deciding: true,
					location: 'Buurthuis'
				})
			};
		});
		coordinator = new Client(app.url);
		await coordinator.signIn(app.seeded.a.coordinator.email, password);
	});
	afterAll(() => app?.stop());

	it('refuses a date moved into the past, as the new-series form does, and keeps a meeting that took place', async () => {
		const { running } = app.seeded;
		const [held, second] = running.meetingIds;
		const moved = await coordinator.post(schedulePath(running), await scheduleForm(running, { [`date:${second}`]: '2020-03-16' }));
		expect(moved.status).toBe(400);
		expect(await moved.text()).toContain(inHtml(m.validation_date_in_past({}, nl)));
		expect(formFields(await (await coordinator.get(schedulePath(running))).text())[`date:${second}`]).toEqual(['2031-03-17']);

		const unchanged = await coordinator.post(schedulePath(running), await scheduleForm(running, { [`startTime:${second}`]: '10:30' }));
		expect(unchanged.status).toBe(200);
		expect(formFields(await (await coordinator.get(schedulePath(running))).text())[`date:${held}`]).toEqual(['2020-03-02']);

		const newSeries = await coordinator.post('/series/new', {
			name: 'Te laat',
			kind: 'ontmoetingen',
			mode: 'onLocation',
			startDate: '2020-03-16',
			startTime: '10:00',
			intervalDays: '14',
			durationMinutes: '120',
			count: '4'
		});
		expect(newSeries.status).toBe(400);
		expect(await newSeries.text()).toContain(inHtml(m.validation_date_in_past({}, nl)));
	});

	it('names each warning by the meeting\'s own number, also while a date is cleared', async () => {
		const { running } = app.seeded;
		const [, second, , fourth] = running.meetingIds;
		const res = await coordinator.post(
			schedulePath(running),
			await scheduleForm(running, { [`date:${second}`]: '', [`date:${fourth}`]: '2031-12-25' })
		);
		expect(res.status).toBe(400);
		const html = await res.text();
		expect(html).toContain(inHtml(m.schedule_on_holiday_reason({ meeting: 4, date: 'donderdag 25 december 2031', holiday: m.holiday_christmas_day({}, nl) }, nl)));
		expect(html).not.toContain(upTo(m.schedule_on_holiday_reason({ meeting: 3, date: hole, holiday: hole }, nl)));
	});

	it('raises the calendar sequence of a meeting whose time or place changed, and of no other', async () => {
		const { running } = app.seeded;
		const [, second, third, fourth] = running.meetingIds;
		const sequence = (ics: string, id: string) => calendarEvent(ics, id).find((line) => line.startsWith('SEQUENCE:'));
		const before = await calendar(running);
		const saved = await coordinator.post(
			schedulePath(running),
			await scheduleForm(running, { [`startTime:${third}`]: '13:00', [`location:${fourth}`]: 'Wijkcentrum Oost' })
		);
		expect(saved.status).toBe(200);
		const after = await calendar(running);
		expect(sequence(after, third!)).toBe(`SEQUENCE:${Number(sequence(before, third!)!.slice(9)) + 1}`);
		expect(sequence(after, fourth!)).toBe(`SEQUENCE:${Number(sequence(before, fourth!)!.slice(9)) + 1}`);
		expect(sequence(after, second!)).toBe(sequence(before, second!));
		expect(calendarEvent(after, fourth!)).toContain('LOCATION:Wijkcentrum Oost');
	});

	it('drops the address when a series goes online, and the link when it goes back to a place', async () => {
		const { switching } = app.seeded;
		const settings = async (mode: 'online' | 'onLocation') => {
			const page = await (await coordinator.get(`/series/${switching.id}/settings`)).text();
			const res = await coordinator.post(`/series/${switching.id}/settings`, { ...formFields(page), name: 'Wisselende reeks', mode, regionId: '', partnerOrganisations: '' });
			expect(res.status).toBe(200);
		};
		await settings('online');
		let ics = await calendar(switching);
		expect(ics).not.toContain('Kerkstraat');
		expect(await (await coordinator.get(`/series/${switching.id}`)).text()).not.toContain('Kerkstraat');
		expect(calendarEvent(ics, switching.meetingIds[0]!)).toContain('SEQUENCE:1');

		const link = 'https://meet.example.org/wissel';
		const withLink = await scheduleForm(switching, Object.fromEntries(switching.meetingIds.map((id) => [`onlineLink:${id}`, link])));
		expect((await coordinator.post(schedulePath(switching), withLink)).status).toBe(200);
		await settings('onLocation');
		ics = await calendar(switching);
		expect(ics).not.toContain('meet.example.org');
		expect(await (await coordinator.get(`/series/${switching.id}`)).text()).not.toContain('meet.example.org');
	});

	it('warns that the series runs long when the deciding meeting comes nine months after the first', async () => {
		const html = await (await coordinator.get(`/series/${app.seeded.lateFifth.id}`)).text();
		expect(html).toContain(inHtml(m.schedule_series_too_long_title({}, nl)));
	});
});
