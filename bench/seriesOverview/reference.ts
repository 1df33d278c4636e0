/**
 * The minimal reference for the series overview: one raw SQL query (the same rows as `listSeries`)
 * and a template string on node:http, with no framework, no auth and no ORM. Run as its own
 * process (like our app), so it does not share an event loop with the load generator.
 *
 * Env: REF_PORT, REF_ORGANISATION_ID, and either REF_DATABASE_URL (PostgreSQL via `pg`) or
 * REF_PGLITE_DIR + REF_PGLITE_DUMP (a tarball from `dumpDataDir`, loaded into a fresh file-backed
 * PGlite data directory, so the embedded reference reads exactly the data our app was seeded with).
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

interface Row {
	id: string;
	name: string;
	kind: 'ontmoetingen' | 'actionLearning' | 'professionalNetwork';
	mode: 'onLocation' | 'online';
	region_name: string | null;
	participants: number;
	meetings: number;
	next_date: string | null;
	total: number;
}

// The same page of rows as the app's overview (`listSeries`): the newest 24 series, with the total.
const query = `
select s.id, s.name, s.kind, s.mode, r.name as region_name,
  (select count(*)::int from series_member sm where sm.series_id = s.id and sm.role = 'participant') as participants,
  f.meetings, f.next_date, (count(*) over ())::int as total
from series s
left join region r on r.id = s.region_id
left join lateral (
  select count(*)::int as meetings, (min(m.date) filter (where m.date >= $2))::text as next_date
  from meeting m where m.series_id = s.id
) f on true
where s.organisation_id = $1
order by s.created_at desc, s.id
limit 24`;

const organisationId = process.env.REF_ORGANISATION_ID!;
let run: (today: string) => Promise<Row[]>;

if (process.env.REF_DATABASE_URL) {
	const { default: pg } = await import('pg');
	const pool = new pg.Pool({ connectionString: process.env.REF_DATABASE_URL, max: Number(process.env.DB_POOL ?? 10) });
	run = async (today) => (await pool.query<Row>(query, [organisationId, today])).rows;
} else {
	const { PGlite } = await import('@electric-sql/pglite');
	const dump = new Blob([readFileSync(process.env.REF_PGLITE_DUMP!)]);
	const db = new PGlite(process.env.REF_PGLITE_DIR!, { loadDataDir: dump });
	await db.waitReady;
	run = async (today) => (await db.query<Row>(query, [organisationId, today])).rows;
}

const kindLabel = { ontmoetingen: 'Ontmoetingen', actionLearning: 'Actie-leertraject', professionalNetwork: 'Netwerk van beroepskrachten' };
const modeLabel = { onLocation: 'Op een plek', online: 'Online' };
const isoDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });
const longDate = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' });
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => escapes[c]!);

const card = (s: Row) => `<li class="sd-card">
<h2 class="utrecht-heading-3"><a class="utrecht-link" href="/series/${s.id}">${esc(s.name)}</a></h2>
<p class="utrecht-paragraph">${kindLabel[s.kind]} · ${modeLabel[s.mode]}${s.region_name ? ` · ${esc(s.region_name)}` : ''}<br />
Deelnemers: ${s.participants} · Bijeenkomsten: ${s.meetings}<br />
${s.next_date ? `Volgende: ${longDate.format(new Date(`${s.next_date}T12:00:00Z`))}` : 'Geen bijeenkomsten meer gepland'}</p>
</li>`;

const page = (rows: Row[]) => `<!doctype html>
<html lang="nl">
<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>Reeksen – Samen Doorbreken</title><link rel="stylesheet" href="/app.css" /></head>
<body>
<header class="utrecht-page-header"><a class="sd-skip" href="#main">Naar de inhoud</a>
<nav aria-label="Hoofdmenu"><ul><li><a href="/series" aria-current="page">Reeksen</a></li><li><a href="/people">Mensen</a></li><li><a href="/regions">Gebieden</a></li><li><a href="/organisation">Organisatie</a></li></ul></nav>
<form method="POST" action="/logout"><button class="utrecht-button" type="submit">Afmelden</button></form></header>
<main id="main" class="sd-main" tabindex="-1">
<h1 class="utrecht-heading-1">Reeksen</h1>
<p class="utrecht-paragraph">Een reeks is een vaste groep die een aantal keer bij elkaar komt.</p>
<p><a class="utrecht-button-link" href="/series/new">Nieuwe reeks</a></p>
<ul class="sd-cards">
${rows.map(card).join('\n')}
</ul>
</main>
<footer class="sd-footer"><p>Samen Doorbreken</p></footer>
</body>
</html>`;

const server = createServer(async (req, res) => {
	try {
		const html = page(await run(isoDay.format(new Date())));
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': Buffer.byteLength(html) });
		res.end(html);
	} catch (error) {
		console.error(error);
		res.writeHead(500).end();
	}
});
server.listen(Number(process.env.REF_PORT ?? 0), '127.0.0.1', () => {
	const address = server.address();
	console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
});
