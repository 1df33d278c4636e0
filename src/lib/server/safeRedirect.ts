/**
 * A redirect target that came from outside (`?next=`, `?to=`) as a path on this site, or `fallback`.
 *
 * The target is resolved the way a browser resolves a Location header, so tricks such as
 * `/\evil.example`, `/%09/evil.example` or `/.//evil.example` are judged by where they would
 * really lead. Only the path, query and fragment of a same-origin result are kept; the URL
 * serialiser percent-encodes control characters, spaces and non-ASCII text, and anything that
 * still is not plain visible ASCII falls back, so the answer is always valid in a header.
 */
export function safeLocalPath(target: string | null | undefined, origin: string | URL, fallback: string): string {
	if (!target) return fallback;
	const base = new URL(origin);
	let url: URL;
	try {
		url = new URL(target, base);
	} catch {
		return fallback;
	}
	if (url.origin !== base.origin) return fallback;
	const path = url.pathname + url.search + url.hash;
	// `//host` in a Location header is another site, even when it came from a same-origin path.
	if (!path.startsWith('/') || path.startsWith('//') || !/^[\x21-\x7e]+$/.test(path)) return fallback;
	return path;
}
