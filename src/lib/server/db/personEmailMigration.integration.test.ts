import { readdirSync, readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { describe, expect, it } from 'vitest';

/**
 * Migration 0020 makes a person's e-mail address unique within an organisation. Addresses that
 * were already there twice must not stop it: the oldest person keeps the address, the others lose
 * the repeated copy, and nothing else changes. Run on the migrations' own SQL, stopping just
 * before 0020 to write duplicates in the old shape.
 */
describe('migration 0020 (one person per e-mail address)', () => {
	it('keeps the address on the oldest of duplicates, and enforces it afterwards', async () => {
		const db = new PGlite({ extensions: { pg_trgm, unaccent } });
		const files = readdirSync('drizzle').filter((f) => f.endsWith('.sql')).sort();
		const at = files.findIndex((f) => f.startsWith('0020_'));
		const apply = async (file: string) => {
			for (const part of readFileSync(`drizzle/${file}`, 'utf8').split('--> statement-breakpoint')) if (part.trim()) await db.exec(part);
		};
		for (const file of files.slice(0, at)) await apply(file);
		const id = async (sql: string, params: unknown[] = []) => (await db.query<{ id: string }>(sql, params)).rows[0]!.id;
		const org = await id(`insert into organisation (name) values ('O') returning id`);
		const other = await id(`insert into organisation (name) values ('P') returning id`);
		const person = (organisation: string, name: string, email: string | null, created: string) =>
			id(`insert into person (organisation_id, name, background, email, created_at) values ($1, $2, 'resident', $3, $4) returning id`, [
				organisation,
				name,
				email,
				created
			]);
		const first = await person(org, 'Eerste', 'Sam@Example.org', '2030-01-01');
		const second = await person(org, 'Tweede', 'sam@example.org', '2030-02-01');
		const elsewhere = await person(other, 'Elders', 'sam@example.org', '2030-03-01');
		const blankA = await person(org, 'Leeg A', '', '2030-01-01');
		const blankB = await person(org, 'Leeg B', ' ', '2030-01-01');
		const none = await person(org, 'Geen', null, '2030-01-01');
		for (const file of files.slice(at)) await apply(file);

		const rows = (await db.query<{ id: string; email: string | null; name: string }>(`select id, email, name from person`)).rows;
		expect(Object.fromEntries(rows.map((r) => [r.id, r.email]))).toEqual({
			[first]: 'Sam@Example.org',
			[second]: null,
			[elsewhere]: 'sam@example.org',
			[blankA]: null,
			[blankB]: null,
			[none]: null
		});
		expect(rows.find((r) => r.id === second)?.name).toBe('Tweede');
		await expect(person(org, 'Derde', 'SAM@example.org', '2030-04-01')).rejects.toThrow();
		await person(org, 'Nog een zonder', null, '2030-04-01');
		await db.close();
	});
});
