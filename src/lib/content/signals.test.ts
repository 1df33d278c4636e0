import { describe, expect, it } from 'vitest';
import * as signals from './signals';

describe('signals as a conversation aid, never a checklist about a person', () => {
	// What the pages' data may not hold (a person, a tick, a score) is tested in server/knowledge.test.ts.
	it('gives no signal an id: there is nothing to store a tick against', () => {
		expect(JSON.stringify(signals)).not.toMatch(/"id":/);
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
