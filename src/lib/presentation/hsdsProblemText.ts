import * as m from '$lib/paraglide/messages.js';
import type { HsdsProblem } from '$lib/domain/hsdsProblem';

/** A list of choices in the reader's words: "a, b or c". */
function orList(items: string[]): string {
	if (items.length <= 1) return items[0] ?? '';
	return m.socialMap_problem_or({ first: items.slice(0, -1).join(', '), last: items.at(-1)! });
}

const typeNames: Record<string, (() => string) | undefined> = {
	string: m.socialMap_problem_type_string,
	number: m.socialMap_problem_type_number,
	integer: m.socialMap_problem_type_integer,
	boolean: m.socialMap_problem_type_boolean,
	object: m.socialMap_problem_type_object,
	array: m.socialMap_problem_type_array,
	null: m.socialMap_problem_type_null
};
const typeName = (type: string): string => typeNames[type]?.() ?? type;

const formatNames: Record<string, (() => string) | undefined> = {
	uuid: m.socialMap_problem_format_uuid,
	email: m.socialMap_problem_format_email,
	uri: m.socialMap_problem_format_uri,
	date: m.socialMap_problem_format_date,
	'date-time': m.socialMap_problem_format_dateTime
};
const formatName = (format: string): string => formatNames[format]?.() ?? m.socialMap_problem_format_other({ format });

/** What is wrong with one spot of an imported HSDS record, in a sentence for the reader; the page shows `path` beside it. */
export function hsdsProblemText(p: HsdsProblem): string {
	switch (p.code) {
		case 'notObject':
			return m.socialMap_problem_notObject();
		case 'duplicateId':
			return m.socialMap_problem_duplicateId(p.params);
		case 'idOnMap':
			return m.socialMap_problem_idOnMap(p.params);
		case 'name':
			return m.socialMap_problem_name(p.params);
		case 'textTooLong':
			return m.socialMap_problem_textTooLong(p.params);
		case 'otherOrganization':
			return m.socialMap_problem_otherOrganization();
		case 'age':
			return m.socialMap_problem_age(p.params);
		case 'maxAgeBelowMin':
			return m.socialMap_problem_maxAgeBelowMin();
		case 'date':
			return m.socialMap_problem_date();
		case 'schedule':
			return m.socialMap_problem_schedule();
		case 'weekday':
			return m.socialMap_problem_weekday(p.params);
		case 'required':
			return m.socialMap_problem_required();
		case 'type':
			return m.socialMap_problem_expected({ what: orList(p.params.types.map(typeName)) });
		case 'format':
			return m.socialMap_problem_expected({ what: formatName(p.params.format) });
		case 'enum':
			return m.socialMap_problem_enum({ allowed: orList(p.params.allowed) });
		case 'minLength':
			return m.socialMap_problem_minLength(p.params);
		case 'maxLength':
			return m.socialMap_problem_maxLength(p.params);
		case 'minimum':
			return m.socialMap_problem_minimum(p.params);
		case 'maximum':
			return m.socialMap_problem_maximum(p.params);
		case 'exclusiveMinimum':
			return m.socialMap_problem_exclusiveMinimum(p.params);
		case 'exclusiveMaximum':
			return m.socialMap_problem_exclusiveMaximum(p.params);
		case 'minItems':
			return m.socialMap_problem_minItems(p.params);
		case 'maxItems':
			return m.socialMap_problem_maxItems(p.params);
		case 'additionalProperty':
			return m.socialMap_problem_additionalProperty();
		case 'pattern':
			return m.socialMap_problem_pattern();
		case 'uniqueItems':
			return m.socialMap_problem_uniqueItems();
		case 'schema':
			return m.socialMap_problem_schema(p.params);
	}
}
