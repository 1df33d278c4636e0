import { describe, expect, it } from 'vitest';
import { changedThemes, compareRounds, completeAnswers, stillNeedsWork, themesByStatus, type QuickscanAnswer } from './quickscan';
import { quickscanThemes } from './vocabularies';

const answer = (theme: QuickscanAnswer['theme'], status: QuickscanAnswer['status'], strengthen = '', present = ''): QuickscanAnswer => ({ theme, status, present, strengthen });

describe('completeAnswers', () => {
	it('gives every theme once, in the guide order, unanswered where the round said nothing', () => {
		const all = completeAnswers([answer('room', 'inPlace'), answer('network', 'partly')]);
		expect(all.map((a) => a.theme)).toEqual([...quickscanThemes]);
		expect(all.find((a) => a.theme === 'money')).toEqual(answer('money', null));
	});
});

describe('stillNeedsWork', () => {
	it('lists still to do first, then partly, then unanswered, and leaves out what is in place', () => {
		const work = stillNeedsWork([
			answer('network', 'partly', 'Kerken benaderen'),
			answer('money', 'toDo', 'Fonds aanschrijven'),
			answer('communication', 'inPlace'),
			answer('room', 'toDo', '  '),
			answer('knowledge', 'inPlace'),
			answer('people', 'inPlace'),
			answer('coaching', 'partly')
		]);
		expect(work).toEqual([
			{ theme: 'money', status: 'toDo', strengthen: 'Fonds aanschrijven' },
			{ theme: 'room', status: 'toDo', strengthen: '' },
			{ theme: 'network', status: 'partly', strengthen: 'Kerken benaderen' },
			{ theme: 'coaching', status: 'partly', strengthen: '' }
		]);
	});

	it('counts an empty scan as all themes still open, with no score anywhere', () => {
		const work = stillNeedsWork([]);
		expect(work).toHaveLength(quickscanThemes.length);
		expect(work.every((w) => w.status === null)).toBe(true);
	});
});

describe('themesByStatus', () => {
	it('names every theme under its status', () => {
		expect(themesByStatus([answer('room', 'inPlace'), answer('money', 'toDo'), answer('network', 'partly')])).toEqual({
			inPlace: ['room'],
			partly: ['network'],
			toDo: ['money'],
			unanswered: ['communication', 'knowledge', 'people', 'coaching']
		});
	});
});

describe('compareRounds', () => {
	it('says per theme whether it moved forward, back, was first answered or cleared', () => {
		const earlier = [answer('network', 'toDo'), answer('money', 'inPlace'), answer('room', 'partly'), answer('knowledge', 'partly')];
		const later = [answer('network', 'partly'), answer('money', 'partly'), answer('room', 'partly'), answer('communication', 'toDo')];
		const byTheme = Object.fromEntries(compareRounds(earlier, later).map((c) => [c.theme, c.movement]));
		expect(byTheme).toEqual({
			network: 'forward',
			money: 'back',
			communication: 'firstAnswer',
			room: 'same',
			knowledge: 'cleared',
			people: 'same',
			coaching: 'same'
		});
	});

	it('notices rewritten words, but not extra spaces or case', () => {
		const [room] = compareRounds([answer('room', 'partly', 'Buurthuis vragen', 'Bibliotheek')], [answer('room', 'partly', ' buurthuis  VRAGEN ', 'Bibliotheek en buurthuis')]).filter(
			(c) => c.theme === 'room'
		);
		expect(room).toMatchObject({ movement: 'same', strengthenChanged: false, presentChanged: true });
	});

	it('keeps only what changed for the history view', () => {
		const changed = changedThemes([answer('room', 'partly')], [answer('room', 'inPlace'), answer('money', null, '', '')]);
		expect(changed.map((c) => c.theme)).toEqual(['room']);
	});
});
