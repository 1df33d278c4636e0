/**
 * The id scheme every field component and ErrorSummary share: the control of field `name` is
 * `field-<name>`, so an error summary can link straight to it.
 */
export function fieldIds(name: string) {
	const control = `field-${name}`;
	return { control, description: `${control}-description`, error: `${control}-error` };
}

/** Joins the ids that exist into an aria-describedby value, or undefined when there are none. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
	const present = ids.filter((id): id is string => typeof id === 'string' && id.length > 0);
	return present.length > 0 ? present.join(' ') : undefined;
}
