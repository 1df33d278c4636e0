import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ErrorSummary from './ErrorSummary.svelte';

const title = 'Er gaat iets nog niet goed. Kijk naar deze velden:';

describe('ErrorSummary', () => {
	it('asks to look at the fields when a message is about one', () => {
		const { body } = render(ErrorSummary, { props: { title, errors: { name: 'Vul een naam in.', form: 'Probeer het opnieuw.' } } });
		expect(body).toContain(title);
		expect(body).toContain('href="#');
	});

	it('does not send the reader to fields when no message is about a field', () => {
		const { body } = render(ErrorSummary, { props: { title, errors: { form: 'Dit formulier is verouderd.' } } });
		expect(body).not.toContain('Kijk naar deze velden');
		expect(body).toContain('Er gaat iets nog niet goed:');
		expect(body).toContain('Dit formulier is verouderd.');
	});

	it('links to the control of a row when the form names its id', () => {
		const { body } = render(ErrorSummary, { props: { title, errors: { text: 'Vul dit in.' }, ids: { text: 'wish-1-text' } } });
		expect(body).toContain('href="#wish-1-text"');
	});
});
