import { changedKeys, type Snapshot } from '../domain/changes';
import { fail, ok, type Fail, type Result } from './result';

/**
 * What an edit form was loaded from: the version its save is based on and what it showed then.
 * Both travel in one hidden field (`field.version()` reads it), so every edit form gets the same
 * check by adding that field. The snapshot only words the message; the version decides.
 */
export interface Based {
	version: number;
	snapshot: Snapshot | null;
}

/** Expected failure of a save: someone else saved first. `changed` holds the snapshot keys that differ. */
export type Stale = Fail<'stale', { changed: string[] }>;

export type Saved<T = object> = Result<T> | Stale;

export function versionToken(version: number, snapshot: Snapshot): string {
	return `${version}.${Buffer.from(JSON.stringify(snapshot)).toString('base64url')}`;
}

const maxVersion = 2 ** 31 - 1;

/** The version of a token, and its snapshot when that is readable; null when the version is not. */
export function readVersionToken(token: string): Based | null {
	const [head, body] = token.split('.', 2);
	if (!head || !/^[1-9]\d{0,9}$/.test(head) || Number(head) > maxVersion) return null;
	return { version: Number(head), snapshot: readSnapshot(body) };
}

function readSnapshot(body: string | undefined): Snapshot | null {
	if (!body) return null;
	try {
		const value: unknown = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
		return Object.values(value).every((v) => typeof v === 'string') ? (value as Snapshot) : null;
	} catch {
		return null;
	}
}

/**
 * What a save whose version no longer matched comes to. When the thing already is what was
 * submitted (a double click, or two people making the same change) nothing would be lost, so it
 * counts as saved; otherwise it is stale. `submitted` must cover everything `current` covers.
 */
export function afterConflict(based: Based, current: Snapshot, submitted: Snapshot): Saved {
	return changedKeys(current, submitted).length ? stale(based, current) : ok({});
}

/**
 * The refusal of a save based on an outdated version. Without a readable snapshot the message
 * still says that someone else saved, just not what.
 */
export function stale(based: Based, current: Snapshot): Stale {
	return fail('stale', { changed: based.snapshot ? changedKeys(based.snapshot, current) : [] });
}
