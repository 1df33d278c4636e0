/**
 * A thing as an edit form showed it: one plain value per key (a field name, a meeting id, a
 * person id). Two of them, taken at different moments, say what someone else changed in between.
 */
export type Snapshot = Readonly<Record<string, string>>;

/** The keys whose value differs between two snapshots, added and removed ones included, in a stable order. */
export function changedKeys(before: Snapshot, after: Snapshot): string[] {
	const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
	return [...keys].filter((key) => before[key] !== after[key]).sort();
}

/**
 * The snapshot of `keys` of a thing, each value as a form shows it: text as it is, a tick as
 * `true`/`false`, nothing as empty.
 */
export function snapshotOf<T>(thing: T, keys: readonly (keyof T & string)[]): Snapshot {
	return Object.fromEntries(keys.map((key) => [key, thing[key] === null || thing[key] === undefined ? '' : String(thing[key])]));
}
