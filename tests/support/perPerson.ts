/**
 * What a value holds, for tests that say the knowledge base's data can never be a record about a
 * person: every key and every kind of leaf value. Functions (a module's helpers) are left out.
 */
export function shapeOf(value: unknown, out = { keys: new Set<string>(), kinds: new Set<string>() }) {
	if (typeof value === 'function') return out;
	if (Array.isArray(value)) {
		for (const item of value) shapeOf(item, out);
		return out;
	}
	if (value && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) {
			out.keys.add(key);
			shapeOf(item, out);
		}
		return out;
	}
	out.kinds.add(typeof value);
	return out;
}

/** Keys a record about a person would need: who it is about, a tick, a count, a score, an answer, a note, when. */
export const perPersonKey = /person|people|client|resident|initials|score|weight|points|checked|ticked|done|answer|result|count|total|note|date|when|who/i;

/** The keys of `value` that look like part of a record about a person. */
export const perPersonKeys = (value: unknown): string[] => [...shapeOf(value).keys].filter((key) => perPersonKey.test(key));
