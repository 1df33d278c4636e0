import { describe, expect, it } from 'vitest';
import { keepTyped, typedChecked, typedChoice, typedOpen, typedValue } from './keepTyped';

// The shared form components call these while rendering on the server too, where there is no page to read.
describe('keepTyped on the server', () => {
	it('finds nothing typed, so the server renders its own values', () => {
		expect(typedValue('field-name')).toBeUndefined();
		expect(typedChecked('field-livedExperience')).toBeUndefined();
		expect(typedChoice(['field-background', 'field-background-1'])).toBeUndefined();
		expect(typedOpen('wish-1-edit')).toBeUndefined();
	});

	it('leaves the state alone when nothing was typed', () => {
		let value = 'from the server';
		keepTyped(() => typedValue('field-name'), (typed) => (value = typed));
		expect(value).toBe('from the server');
	});

	it('hands over what was found', () => {
		let value = 'from the server';
		keepTyped(() => 'typed early', (typed) => (value = typed));
		expect(value).toBe('typed early');
	});
});
