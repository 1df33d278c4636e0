import { afterEach, describe, expect, it } from 'vitest';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { ageText, applicantList, askedAgeText, missText, nextStepText, offersAgesText, reasonText } from './fundText';

const usual = getLocale;
afterEach(() => overwriteGetLocale(usual));

describe('the finder in words', () => {
	it('writes a half year with the reader\'s decimal sign', () => {
		overwriteGetLocale(() => 'nl');
		expect(ageText(4.5)).toBe('4,5');
		expect(askedAgeText({ years: 18, orOlder: true })).toBe('een jongere van 18 jaar of ouder');
		overwriteGetLocale(() => 'en');
		expect(ageText(4.5)).toBe('4.5');
		expect(askedAgeText(null)).toBe('no age given');
	});

	it('puts labels inside a sentence in lower case, and lists them', () => {
		overwriteGetLocale(() => 'nl');
		expect(reasonText({ kind: 'need', need: 'sportCulture' })).toBe('Betaalt voor: sport of cultuur.');
		expect(applicantList(['intermediary', 'school'])).toBe('hulpverlener of intermediair, school');
		expect(missText({ kind: 'relatedNeed', needs: ['laptop'] }, 'school')).toBe('Dit betaalt niet voor school, wel voor: laptop.');
	});

	it('words every next step but "apply", which the fund\'s own text says', () => {
		overwriteGetLocale(() => 'en');
		expect(nextStepText({ kind: 'apply', applicant: 'parent' })).toBeNull();
		expect(nextStepText({ kind: 'applyFromAge', age: 4 })).toBe('Apply once the child is 4.');
		expect(nextStepText({ kind: 'askApplicant', applicants: ['school'] })).toBe('Ask someone who may apply: school.');
	});

	it('names the ages per offer only when the offers differ', () => {
		overwriteGetLocale(() => 'nl');
		expect(offersAgesText([{ needs: ['bike'], ages: { from: 4, to: 17 } }])).toEqual(['4 tot en met 17 jaar']);
		expect(offersAgesText([{ needs: ['pet'], ages: null }])).toEqual(['Geen leeftijdsgrens']);
		expect(
			offersAgesText([
				{ needs: ['clothing'], ages: { from: 0, to: 17 } },
				{ needs: ['birthday'], ages: { from: 4, to: 12 } }
			])
		).toEqual(['Kleding: 0 tot en met 17 jaar', 'Verjaardag: 4 tot en met 12 jaar']);
	});
});
