import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import AdviceList from './AdviceList.svelte';

describe('AdviceList', () => {
	it('says "Tip" once for a tip, and "Waarschuwing" for a warning', () => {
		const { body } = render(AdviceList, {
			props: {
				title: 'Advies',
				items: [
					{ severity: 'tip', title: 'Kijk nog eens naar de duur', reason: 'Korter werkt beter.' },
					{ severity: 'warning', title: 'De groep is nog klein', reason: 'Nodig meer mensen uit.' }
				]
			}
		});
		const text = body.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
		expect(text).toContain('Tip: Kijk nog eens naar de duur');
		expect(text.match(/Tip/g)).toHaveLength(1);
		expect(text).not.toContain('Let op');
		expect(text).toContain('Waarschuwing: De groep is nog klein');
	});
});
