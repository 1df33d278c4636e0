import { describe, expect, it } from 'vitest';
import { schemaProblem } from './hsdsProblem';

describe('a schema error as our problem', () => {
	it.each([
		[{ keyword: 'required', instancePath: '/services/0', params: { missingProperty: 'name' } }, { path: '/services/0/name', code: 'required' }],
		[{ keyword: 'required', instancePath: '', params: { missingProperty: 'id' } }, { path: '/id', code: 'required' }],
		[{ keyword: 'type', instancePath: '/services/0/minimum_age', params: { type: 'number' } }, { path: '/services/0/minimum_age', code: 'type', params: { types: ['number'] } }],
		[{ keyword: 'type', instancePath: '/x', params: { type: ['string', 'null'] } }, { path: '/x', code: 'type', params: { types: ['string', 'null'] } }],
		[{ keyword: 'format', instancePath: '/website', params: { format: 'uri' } }, { path: '/website', code: 'format', params: { format: 'uri' } }],
		[{ keyword: 'enum', instancePath: '/status', params: { allowedValues: ['active', 'inactive', 1] } }, { path: '/status', code: 'enum', params: { allowed: ['active', 'inactive', '1'] } }],
		[{ keyword: 'const', instancePath: '/country', params: { allowedValue: 'NL' } }, { path: '/country', code: 'enum', params: { allowed: ['NL'] } }],
		[{ keyword: 'maxLength', instancePath: '/name', params: { limit: 120 } }, { path: '/name', code: 'maxLength', params: { limit: 120 } }],
		[{ keyword: 'minimum', instancePath: '/minimum_age', params: { limit: 0, comparison: '>=' } }, { path: '/minimum_age', code: 'minimum', params: { limit: 0 } }],
		[{ keyword: 'additionalProperties', instancePath: '/services/0', params: { additionalProperty: 'naam' } }, { path: '/services/0/naam', code: 'additionalProperty' }],
		[{ keyword: 'pattern', instancePath: '/phones/0/number', params: { pattern: '^\\d+$' } }, { path: '/phones/0/number', code: 'pattern' }],
		[{ keyword: 'uniqueItems', instancePath: '/languages', params: { i: 1, j: 0 } }, { path: '/languages', code: 'uniqueItems' }],
		[{ keyword: 'oneOf', instancePath: '', params: { passingSchemas: null } }, { path: '/', code: 'schema', params: { keyword: 'oneOf' } }]
	])('%o', (error, problem) => {
		expect(schemaProblem(error)).toEqual(problem);
	});
});
