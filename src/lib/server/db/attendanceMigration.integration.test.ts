import { readdirSync, readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { describe, expect, it } from 'vitest';

/**
 * Migration 0012 turns `attendance.present` into `status`; its hand-written UPDATE must keep every
 * tick. Run on the migrations' own SQL, stopping just before 0012 to write rows in the old shape.
 */
describe('migration 0012 (attendance status)', () => {
	it('turns present into present and not present into absent', async () => {
		const db = new PGlite({ extensions: { pg_trgm, unaccent } });
		const files = readdirSync('drizzle').filter((f) => f.endsWith('.sql')).sort();
		const capture = files.findIndex((f) => f.startsWith('0012_'));
		const apply = async (file: string) => {
			for (const part of readFileSync(`drizzle/${file}`, 'utf8').split('--> statement-breakpoint')) if (part.trim()) await db.exec(part);
		};
		for (const file of files.slice(0, capture)) await apply(file);
		const id = async (sql: string, params: unknown[] = []) => (await db.query<{ id: string }>(sql, params)).rows[0]!.id;
		const org = await id(`insert into organisation (name) values ('O') returning id`);
		const series = await id(`insert into series (organisation_id, name, kind, mode) values ($1, 'S', 'ontmoetingen', 'onLocation') returning id`, [org]);
		const meeting = await id(
			`insert into meeting (series_id, number, date, start_time, starts_at, duration_minutes) values ($1, 1, '2030-01-01', '10:00', now(), 120) returning id`,
			[series]
		);
		const came = await id(`insert into person (organisation_id, name, background) values ($1, 'A', 'resident') returning id`, [org]);
		const stayed = await id(`insert into person (organisation_id, name, background) values ($1, 'B', 'resident') returning id`, [org]);
		await db.query(`insert into attendance (meeting_id, person_id, present) values ($1, $2, true), ($1, $3, false)`, [meeting, came, stayed]);
		for (const file of files.slice(capture)) await apply(file);
		const rows = (await db.query<{ person_id: string; status: string }>(`select person_id, status from attendance`)).rows;
		expect(Object.fromEntries(rows.map((r) => [r.person_id, r.status]))).toEqual({ [came]: 'present', [stayed]: 'absent' });
		await db.close();
	});
});
