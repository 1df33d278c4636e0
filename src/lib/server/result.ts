/**
 * What every use-case returns: its value, or a refusal with a stable code that the edge words in
 * Dutch and English (and maps to a status: `notFound` becomes a 404 through `found` in guard.ts).
 * Use-cases return refusals instead of throwing, so jobs and scripts can call them too; only a
 * real fault (a broken database, a bug) still throws.
 */
export interface Ok<T> {
	ok: true;
	value: T;
}

/**
 * `field` names the form field a refusal belongs to; `E` carries what the message needs. Spread
 * over a union of codes, so `Exclude<R, NotFound>` takes exactly the not-found case out.
 */
export type Fail<C extends string, E extends object = object> = C extends string ? { ok: false; code: C; field?: string } & E : never;

export type Result<T, C extends string = never, E extends object = object> = Ok<T> | Fail<C, E>;

/** Not there, or not allowed: the same answer, so nobody learns which ids exist elsewhere. */
export type NotFound = Fail<'notFound'>;

export const ok = <T = Record<string, never>>(value: T = {} as T): Ok<T> => ({ ok: true, value });

export function fail<C extends string, E extends object = object>(code: C, extra?: E): Fail<C, E> {
	return { ...extra, ok: false, code } as Fail<C, E>;
}
