import type { Db } from '../../src/lib/server/db';
import { meeting, person, region, series, seriesPerson } from '../../src/lib/server/db/schema';
import { backgrounds, seriesKinds, seriesModes } from '../../src/lib/domain/vocabularies';
import { fromInstant, toInstant } from '../../src/lib/domain/schedule';
import { password, seedOrganisation, type SeededOrganisation } from '../../tests/support/factories';

export const extraSeries = 200;
const peoplePool = 400;
const meetingsPerSeries = 4;

export interface BenchSeed extends SeededOrganisation {
	password: string;
	/** All series of the organisation the coordinator sees (200 + the 2 from seedOrganisation). */
	seriesCount: number;
}

/** A small deterministic generator, so every run (and both databases) get the same shape of data. */
function lcg(seed: number) {
	let s = seed >>> 0;
	return (n: number) => {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		return s % n;
	};
}

async function inChunks<T>(rows: T[], size: number, insert: (chunk: T[]) => Promise<unknown>) {
	for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

const addDays = (date: string, days: number) => fromInstant(new Date(toInstant(date, '12:00').getTime() + days * 86_400_000)).date;

/**
 * Organisation A from the test factories (a coordinator with the factories' password) plus 200
 * series of ~12 participants, 2 facilitators and 4 meetings each, inserted in bulk. Meetings are
 * spread from ~3 months ago to ~9 months ahead, so some series have a next meeting and some don't.
 */
export async function seedBench(db: Db): Promise<BenchSeed> {
	const org = await seedOrganisation(db, 'A');
	const { organisationId } = org;
	const rand = lcg(20260518);

	const regions = await db
		.insert(region)
		.values(['Oost', 'West', 'Noord', 'Zuid', 'Centrum', 'Dorp Havelte'].map((name, i) => ({ organisationId, name, kind: i === 5 ? ('village' as const) : ('neighbourhood' as const) })))
		.returning({ id: region.id });

	const people: { id: string }[] = [];
	await inChunks(
		Array.from({ length: peoplePool }, (_, i) => ({
			organisationId,
			name: `Persoon ${String(i + 1).padStart(3, '0')}`,
			background: backgrounds[rand(backgrounds.length)]!,
			livedExperience: rand(3) === 0,
			leadsGroups: rand(5) === 0
		})),
		200,
		async (chunk) => people.push(...(await db.insert(person).values(chunk).returning({ id: person.id })))
	);

	const base = Date.now() - 60_000;
	const seriesRows: { id: string }[] = [];
	await inChunks(
		Array.from({ length: extraSeries }, (_, i) => {
			const kind = seriesKinds[rand(seriesKinds.length)]!;
			const mode = seriesModes[rand(4) === 0 ? 1 : 0]!;
			return {
				organisationId,
				name: `Reeks ${String(i + 1).padStart(3, '0')} ${kind === 'ontmoetingen' ? 'Ontmoetingen' : kind === 'actionLearning' ? 'Actie-leren' : 'Netwerk'}`,
				kind,
				mode,
				regionId: rand(6) === 0 ? null : regions[rand(regions.length)]!.id,
				// Distinct creation times, so the overview's order is the same for ours and the reference.
				createdAt: new Date(base - (extraSeries - i) * 1000)
			};
		}),
		100,
		async (chunk) => seriesRows.push(...(await db.insert(series).values(chunk).returning({ id: series.id })))
	);

	const today = fromInstant(new Date()).date;
	const members: { seriesId: string; personId: string; role: 'participant' | 'facilitator' }[] = [];
	const meetings: (typeof meeting.$inferInsert)[] = [];
	for (const { id: seriesId } of seriesRows) {
		const size = 10 + rand(5) + 2; // 10–14 participants and 2 facilitators
		const start = rand(peoplePool);
		for (let k = 0; k < size; k++) {
			members.push({ seriesId, personId: people[(start + k * 7) % peoplePool]!.id, role: k < 2 ? 'facilitator' : 'participant' });
		}
		const first = addDays(today, rand(365) - 90);
		for (let n = 1; n <= meetingsPerSeries; n++) {
			const date = addDays(first, (n - 1) * 14);
			meetings.push({ seriesId, number: n, date, startTime: '10:00', startsAt: toInstant(date, '10:00'), durationMinutes: 120, location: 'Buurthuis' });
		}
	}
	await inChunks(members, 1000, (chunk) => db.insert(seriesPerson).values(chunk));
	await inChunks(meetings, 500, (chunk) => db.insert(meeting).values(chunk));

	return { ...org, password, seriesCount: extraSeries + 2 };
}
