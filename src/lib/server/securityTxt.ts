/** Where researchers write to when no address is configured: the one SECURITY.md names. */
export const placeholderContact = 'mailto:security@example.org';

/** Where the policy is served: SECURITY.md itself, from the build, so the two never differ. */
export const policyPath = '/.well-known/security-policy.md';

const yearMs = 365 * 24 * 3600 * 1000;

/**
 * The `/.well-known/security.txt` of RFC 9116. `Expires` is a year from the request, so a running
 * server never publishes a stale file; an address without a scheme is taken to be an e-mail.
 */
export function securityTxt(input: { contact: string | null; origin: string; now: Date }): string {
	const contact = input.contact?.trim() || placeholderContact;
	return [
		`Contact: ${/^(mailto|https?|tel):/i.test(contact) ? contact : `mailto:${contact}`}`,
		`Expires: ${new Date(input.now.getTime() + yearMs).toISOString()}`,
		'Preferred-Languages: nl, en',
		`Canonical: ${input.origin}/.well-known/security.txt`,
		`Policy: ${input.origin}${policyPath}`,
		''
	].join('\n');
}
