import { describe, expect, it } from 'vitest';
import { readHsds } from './hsds';

const id = (n: number) => `0b6b8a4e-2a52-4c43-9b7e-6a7f1c1d2e${String(n).padStart(2, '0')}`;
const organisation = (extra: Record<string, unknown> = {}) => ({ id: id(1), name: 'Speel-o-theek', description: 'Speelgoed lenen', ...extra });

function problemsOf(record: unknown, known: string[] = []) {
	const parsed = readHsds({ organizations: [record] }, new Set(known));
	expect(parsed.ok).toBe(false);
	return parsed.reports[0]!.problems;
}

describe('reading HSDS: what is wrong, as codes with the path in the record', () => {
	it('turns the schema\'s errors into our codes, the missing field named in the path', () => {
		expect(problemsOf({ name: 'Zonder id', description: 'x' })).toEqual([{ path: '/id', code: 'required' }]);
		expect(problemsOf(organisation({ id: 'geen-uuid', email: 'geen adres' }))).toEqual([
			{ path: '/id', code: 'format', params: { format: 'uuid' } },
			{ path: '/email', code: 'format', params: { format: 'email' } }
		]);
		const service = { id: id(2), name: 'Lenen', status: 'ergens', minimum_age: '18+' };
		expect(problemsOf(organisation({ services: [service] }))).toEqual(
			expect.arrayContaining([
				{ path: '/services/0/minimum_age', code: 'type', params: { types: ['number'] } },
				{ path: '/services/0/status', code: 'enum', params: { allowed: expect.arrayContaining(['active', 'inactive']) } }
			])
		);
	});

	it('reports no more than 20 of the schema\'s errors, in the order found', () => {
		const services = Array.from({ length: 30 }, (_, i) => ({ id: id(10 + i), name: 'Lenen', status: 'active', minimum_age: 'jong' }));
		const problems = problemsOf(organisation({ services }));
		expect(problems).toHaveLength(20);
		expect(problems.map((p) => p.path).slice(0, 2)).toEqual(['/services/0/minimum_age', '/services/1/minimum_age']);
	});

	it('names our own problems by code: a second id, an id on the map, a bad day, a closing before opening', () => {
		const schedule = (byday: string, opens: string, closes: string, n: number) => ({ id: id(n), byday, opens_at: opens, closes_at: closes });
		const services = [
			{ id: id(2), name: 'Lenen', status: 'active', schedules: [schedule('MO,XX', '09:00', '12:00', 3), schedule('TU', '12:00', '09:00', 4)] },
			{ id: id(2), name: 'Lenen', status: 'active', minimum_age: 12, maximum_age: 4, assured_date: '2026-13-45' }
		];
		expect(problemsOf(organisation({ services }), [id(1)])).toEqual([
			{ path: '/id', code: 'idOnMap', params: { id: id(1) } },
			{ path: '/services/1/id', code: 'duplicateId', params: { id: id(2) } },
			{ path: '/services/0/schedules/0/byday', code: 'weekday', params: { value: 'XX' } },
			{ path: '/services/0/schedules/1', code: 'schedule' },
			{ path: '/services/1/maximum_age', code: 'maxAgeBelowMin' },
			{ path: '/services/1/assured_date', code: 'date' }
		]);
	});

	it('names a record that is not an object', () => {
		expect(problemsOf('een tekst')).toEqual([{ path: '/', code: 'notObject' }]);
	});
});
