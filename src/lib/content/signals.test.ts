import { describe, expect, it } from 'vitest';
import * as signals from './signals';
import * as methods from './workingMethods';

/**
 * Every key and every kind of value under `value`, so a test can say what the data may not hold.
 * Functions are the module's helpers, not data, and are left out.
 */
function shape(value: unknown, at: string, out: { keys: Set<string>; kinds: Set<string> }) {
	if (typeof value === 'function') return out;
	if (Array.isArray(value)) {
		value.forEach((item, i) => shape(item, `${at}[${i}]`, out));
		return out;
	}
	if (value && typeof value === 'object') {
		for (const [key, item] of Object.entries(value)) {
			out.keys.add(key);
			shape(item, `${at}.${key}`, out);
		}
		return out;
	}
	out.kinds.add(typeof value);
	return out;
}

/** Words a per-person record would use: who it is about, a tick, a count, a score, an answer. */
const perPerson = /person|people|client|resident|initials|score|weight|points|checked|ticked|done|answer|result|count|total|note|date|when|who/i;

describe('signals as a conversation aid, never a checklist about a person', () => {
	const signalData = shape(signals, 'signals', { keys: new Set(), kinds: new Set() });

	it('holds texts only: no numbers to score with, no yes/no to tick', () => {
		expect([...signalData.kinds].sort()).toEqual(['string']);
	});

	it('has no key a record about a person would need', () => {
		expect([...signalData.keys].filter((key) => perPerson.test(key))).toEqual([]);
	});

	it('gives no signal an id: there is nothing to store a tick against', () => {
		expect(signalData.keys.has('id')).toBe(false);
		for (const audience of signals.signalAudiences) {
			for (const cluster of audience.clusters) {
				expect(Object.keys(cluster).sort()).toEqual(['heading', 'signals']);
			}
		}
	});

	it('covers children and young people, young adults, parents and the home visit, with risk moments', () => {
		expect(signals.signalAudiences.map((a) => a.anchor)).toEqual(['children', 'young-adults', 'parents', 'home-visit']);
		expect(signals.signalAudiences.filter((a) => a.riskMoments).map((a) => a.anchor)).toEqual(['children', 'parents']);
		for (const audience of signals.signalAudiences) {
			for (const cluster of audience.clusters) expect(cluster.signals.nl.length).toBeGreaterThan(0);
		}
	});

	it('puts the guidance first: never a checklist, other causes, hidden by sacrifices', () => {
		expect(signals.signalGuidance[0]!.title.nl).toMatch(/af te vinken/);
		expect(signals.signalGuidance.map((t) => t.text.en).join(' ')).toMatch(/other cause|something else/i);
		expect(signals.signalGuidance.map((t) => t.text.en).join(' ')).toMatch(/sacrifice/i);
	});

	it('has the three levels, coping styles, self-stigma and the attitudes of professionals', () => {
		expect(signals.threeLevels).toHaveLength(3);
		expect(signals.copingStyles.length).toBeGreaterThanOrEqual(4);
		expect(signals.selfStigma.text.nl.length).toBeGreaterThan(0);
		expect(signals.professionalAttitudes).toHaveLength(5);
	});
});

describe('working methods hold no structure about a person either', () => {
	const methodData = shape(methods, 'methods', { keys: new Set(), kinds: new Set() });

	it('holds texts, ids and flags about the method only', () => {
		expect([...methodData.kinds].sort()).toEqual(['boolean', 'string']);
		expect([...methodData.keys].filter((key) => perPerson.test(key))).toEqual([]);
	});
});
