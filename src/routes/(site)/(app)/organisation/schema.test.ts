import { describe, expect, it } from 'vitest';
import { fieldErrors, parseWithMessages } from '$lib/server/forms';
import { inviteSchema, linkSchema, settingsSchema } from './schema';

const settingsErrors = (input: Record<string, unknown>) => {
	const parsed = parseWithMessages(settingsSchema, input);
	return parsed.success ? {} : fieldErrors(parsed.error);
};

describe('organisation settings form', () => {
	it('accepts a dark colour and stores it in lower case', () => {
		const parsed = parseWithMessages(settingsSchema, { organisationName: 'Samen Oost', themeColour: '#1A5F8C' });
		expect(parsed.success && parsed.data).toEqual({ organisationName: 'Samen Oost', themeColour: '#1a5f8c' });
	});

	it('refuses a colour white text cannot be read on, and says how far off it is', () => {
		const message = settingsErrors({ organisationName: 'Samen Oost', themeColour: '#ffcc00' }).themeColour;
		expect(message).toMatch(/1,5/);
		expect(message).toMatch(/4,5/);
	});

	it('refuses something that is not a colour with its own message', () => {
		const notColour = settingsErrors({ organisationName: 'Samen Oost', themeColour: 'red' }).themeColour;
		const tooLight = settingsErrors({ organisationName: 'Samen Oost', themeColour: '#ffffff' }).themeColour;
		expect(notColour).toBeTruthy();
		expect(notColour).not.toBe(tooLight);
		expect(settingsErrors({}).organisationName).toBeTruthy();
	});
});

describe('invite form', () => {
	it('needs a name, an e-mail address and one of the roles', () => {
		const parsed = parseWithMessages(inviteSchema, { name: 'Fee', email: 'fee@example.org', role: 'facilitator' });
		expect(parsed.success).toBe(true);
		const bad = parseWithMessages(inviteSchema, { name: '', email: 'fee@', role: 'admin' });
		expect(bad.success).toBe(false);
		if (bad.success) return;
		expect(Object.keys(fieldErrors(bad.error))).toEqual(['name', 'email', 'role']);
	});
});

describe('linking a member to a person', () => {
	it('takes a person id or none, and refuses anything else', () => {
		const id = '00000000-0000-4000-8000-000000000001';
		const linked = parseWithMessages(linkSchema, { member: id, person: id });
		expect(linked.success && linked.data.person).toBe(id);
		const none = parseWithMessages(linkSchema, { member: id, person: '' });
		expect(none.success && none.data.person).toBeNull();
		expect(parseWithMessages(linkSchema, { member: id, person: 'iemand' }).success).toBe(false);
		expect(parseWithMessages(linkSchema, { member: 'x', person: '' }).success).toBe(false);
	});
});
