/*
 * What can be wrong with a record in an HSDS file (the import at /map/import), as codes: the
 * server's reading (server/hsds/hsds.ts) names the problem and where it is, the page words it
 * (presentation/hsdsProblemText.ts). `path` is the JSON pointer inside the record ("/" for the
 * record itself), kept so a coordinator can find the spot in the file.
 */

/** ajv's keywords with a limit, each worded as its own sentence. */
export const hsdsLimitCodes = ['minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minItems', 'maxItems'] as const;
export type HsdsLimitCode = (typeof hsdsLimitCodes)[number];

export type HsdsProblem = { path: string } & (
	| { code: 'notObject' }
	| { code: 'duplicateId'; params: { id: string } }
	| { code: 'idOnMap'; params: { id: string } }
	| { code: 'name'; params: { max: number } }
	| { code: 'textTooLong'; params: { max: number } }
	| { code: 'otherOrganization' }
	| { code: 'age'; params: { min: number; max: number } }
	| { code: 'maxAgeBelowMin' }
	| { code: 'date' }
	| { code: 'schedule' }
	| { code: 'weekday'; params: { value: string } }
	/* The official schema's checks (ajv's keywords). */
	| { code: 'required' }
	| { code: 'type'; params: { types: string[] } }
	| { code: 'format'; params: { format: string } }
	| { code: 'enum'; params: { allowed: string[] } }
	| { code: HsdsLimitCode; params: { limit: number } }
	| { code: 'additionalProperty' }
	| { code: 'pattern' }
	| { code: 'uniqueItems' }
	/** Any other keyword of the schema. */
	| { code: 'schema'; params: { keyword: string } }
);

export type HsdsProblemCode = HsdsProblem['code'];

/** ajv's error, as far as we read it (kept here so the mapping is pure and testable). */
export interface SchemaError {
	keyword: string;
	instancePath: string;
	params: Record<string, unknown>;
}

const limitCodes: ReadonlySet<string> = new Set(hsdsLimitCodes);
const shown = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v) ?? String(v));

/** One schema error as our problem; the path names the field itself, also when it is missing. */
export function schemaProblem(e: SchemaError): HsdsProblem {
	const at = (extra?: unknown) => (typeof extra === 'string' && extra ? `${e.instancePath}/${extra}` : e.instancePath || '/');
	switch (e.keyword) {
		case 'required':
			return { path: at(e.params.missingProperty), code: 'required' };
		case 'type': {
			const t = e.params.type;
			return { path: at(), code: 'type', params: { types: (Array.isArray(t) ? t : String(t ?? '').split(',')).map(String).filter(Boolean) } };
		}
		case 'format':
			return { path: at(), code: 'format', params: { format: String(e.params.format ?? '') } };
		case 'enum':
			return { path: at(), code: 'enum', params: { allowed: (Array.isArray(e.params.allowedValues) ? e.params.allowedValues : []).map(shown) } };
		case 'const':
			return { path: at(), code: 'enum', params: { allowed: [shown(e.params.allowedValue)] } };
		case 'additionalProperties':
			return { path: at(e.params.additionalProperty), code: 'additionalProperty' };
		case 'pattern':
			return { path: at(), code: 'pattern' };
		case 'uniqueItems':
			return { path: at(), code: 'uniqueItems' };
		default:
			if (limitCodes.has(e.keyword) && typeof e.params.limit === 'number') return { path: at(), code: e.keyword as HsdsLimitCode, params: { limit: e.params.limit } };
			return { path: at(), code: 'schema', params: { keyword: e.keyword } };
	}
}
