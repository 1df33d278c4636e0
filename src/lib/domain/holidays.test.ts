import { describe, it, expect } from 'vitest';
import { dutchHolidayLookup, dutchPublicHolidays } from './holidays';

describe('dutchPublicHolidays', () => {
	it('lists the Dutch holidays of 2027 with stable keys, in date order', () => {
		expect(dutchPublicHolidays(2027)).toEqual([
			{ date: '2027-01-01', key: 'newYear' },
			{ date: '2027-03-26', key: 'goodFriday' },
			{ date: '2027-03-28', key: 'easterSunday' },
			{ date: '2027-03-29', key: 'easterMonday' },
			{ date: '2027-04-27', key: 'kingsDay' },
			{ date: '2027-05-05', key: 'liberationDay' },
			{ date: '2027-05-06', key: 'ascensionDay' },
			{ date: '2027-05-16', key: 'whitSunday' },
			{ date: '2027-05-17', key: 'whitMonday' },
			{ date: '2027-12-25', key: 'christmasDay' },
			{ date: '2027-12-26', key: 'boxingDay' }
		]);
	});

	it("moves King's Day to Saturday 26 April when 27 April is a Sunday (2025)", () => {
		expect(dutchPublicHolidays(2025)).toContainEqual({ date: '2025-04-26', key: 'kingsDay' });
		expect(dutchPublicHolidays(2025).map((h) => h.date)).not.toContain('2025-04-27');
	});

	it('leaves out days of remembrance and celebration that are not days off', () => {
		const dates = dutchPublicHolidays(2026).map((h) => h.date);
		expect(dates).not.toContain('2026-05-04');
		expect(dates).not.toContain('2026-12-05');
		expect(dates).not.toContain('2026-12-31');
	});
});

describe('dutchHolidayLookup', () => {
	it('finds a holiday by date in any year and nothing on an ordinary day', () => {
		const lookup = dutchHolidayLookup();
		expect(lookup('2026-05-14')).toBe('ascensionDay');
		expect(lookup('2028-12-26')).toBe('boxingDay');
		expect(lookup('2026-05-13')).toBeNull();
		expect(lookup('2026-05-14')).toBe('ascensionDay');
	});
});
