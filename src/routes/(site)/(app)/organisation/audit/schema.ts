import { addDays, format, isValid, parseISO } from 'date-fns';
import { z } from 'zod';
import { limits } from '$lib/domain/limits';
import { toInstant } from '$lib/domain/schedule';

/*
 * The audit log's filter comes from the address bar. An odd person, member or page just means "no
 * filter" (a link cannot be typed wrong by a person); a date the person typed that is no date gets
 * a message beside its field and is not applied.
 */
const date = z
	.string()
	.regex(/^\d{4}-\d{2}-\d{2}$/)
	.refine((v) => isValid(parseISO(v)));

const filterSchema = z.object({
	personId: z.uuid().nullable().catch(null),
	name: z.string().trim().min(1).max(limits.nameMax).nullable().catch(null),
	member: z.string().min(1).max(200).nullable().catch(null),
	page: z.coerce.number().int().min(1).max(100_000).catch(1)
});

export interface AuditFilterForm {
	personId: string | null;
	name: string | null;
	member: string | null;
	page: number;
	/** As typed, for the fields. */
	from: string;
	to: string;
	errors: { from?: true; to?: true };
	/** The dates as instants: `from` inclusive, `before` the start of the day after `to`. */
	fromInstant: Date | null;
	beforeInstant: Date | null;
}

export function readAuditFilter(search: URLSearchParams): AuditFilterForm {
	const get = (key: string) => search.get(key) || null;
	const base = filterSchema.parse({ personId: get('person'), name: get('name'), member: get('member'), page: get('page') ?? 1 });
	const from = search.get('from')?.trim() ?? '';
	const to = search.get('to')?.trim() ?? '';
	const fromOk = from === '' || date.safeParse(from).success;
	const toOk = to === '' || date.safeParse(to).success;
	return {
		...base,
		from,
		to,
		errors: { ...(fromOk ? {} : { from: true as const }), ...(toOk ? {} : { to: true as const }) },
		fromInstant: from && fromOk ? toInstant(from, '00:00') : null,
		beforeInstant: to && toOk ? toInstant(format(addDays(parseISO(to), 1), 'yyyy-MM-dd'), '00:00') : null
	};
}
