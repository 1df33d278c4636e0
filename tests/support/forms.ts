/**
 * What a browser would send for the first `<form method="POST" class="sd-form">` of a page:
 * its text, date, time, number, url and hidden inputs as rendered, so a test changes only the
 * fields it is about and keeps whatever else the form carries (ids, versions).
 */
export function formFields(html: string): Record<string, string[]> {
	const start = html.indexOf('<form method="POST" class="sd-form"');
	if (start < 0) throw new Error('no sd-form on the page');
	const form = html.slice(start, html.indexOf('</form>', start));
	const fields: Record<string, string[]> = {};
	for (const [input] of form.matchAll(/<input\b[^>]*>/g)) {
		const attr = (name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(input)?.[1];
		const name = attr('name');
		const type = attr('type') ?? 'text';
		if (!name || !['text', 'date', 'time', 'number', 'url', 'email', 'hidden'].includes(type)) continue;
		(fields[name] ??= []).push(unescape(attr('value') ?? ''));
	}
	return fields;
}

function unescape(value: string): string {
	return value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The hidden version the edit form at `path` carries now: what a browser that loaded it would send. */
export async function versionOn(client: { get(path: string): Promise<Response> }, path: string): Promise<string> {
	return /name="version" value="([^"]+)"/.exec(await (await client.get(path)).text())?.[1] ?? '';
}
